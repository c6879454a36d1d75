/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include "bw-case-store-private.h"
#include "bw-planning.h"
#include "bw-sync-engine.h"
#include "bw-test-server-db.h"

G_BEGIN_DECLS

#define BUURT "BU09172004"

typedef struct {
  char *dir;
  char *server_db;
  GPid server_pid;
  char *url;
  BwCaseStore *store_a;
  BwCaseStore *store_b;
  BwSyncEngine *sync_a;
  BwSyncEngine *sync_b;
} Fixture;

extern const char *server_exe;

void          start_server      (Fixture      *f);
/* With more options for "serve", and its stderr appended to a file. */
void          start_server_full (Fixture            *f,
                                 const char * const *extra_args,
                                 const char         *stderr_path);
void          stop_server       (Fixture      *f);
void          add_user          (Fixture      *f,
                                 const char   *login,
                                 const char   *team);
void          add_user_with_role (Fixture     *f,
                                  const char  *login,
                                  const char  *role,
                                  const char  *team,
                                  const char  *organisation);
/* The same with a full @name (the others' name is their login). */
void          add_named_user    (Fixture      *f,
                                 const char   *login,
                                 const char   *name,
                                 const char   *role,
                                 const char   *team,
                                 const char   *organisation);
char         *new_token         (Fixture      *f,
                                 const char   *login);
void          add_trainer       (Fixture      *f,
                                 const char   *login);
void          login_done        (GObject      *source,
                                 GAsyncResult *result,
                                 gpointer      user_data);
void          login_at          (const char   *url,
                                 BwSyncEngine *engine,
                                 const char   *user);
void          login             (Fixture      *f,
                                 BwSyncEngine *engine,
                                 const char   *user);
GError       *try_sync          (BwSyncEngine *engine);
void          sync_ok           (BwSyncEngine *engine);
BwCaseStore  *open_store        (Fixture      *f,
                                 const char   *name,
                                 const char   *author);
void          fixture_setup     (Fixture      *f,
                                 gconstpointer data);
/* With the server's stderr appended to @server_stderr_path in f->dir. */
void          fixture_setup_full (Fixture     *f,
                                  const char  *server_stderr_path);
void          fixture_teardown  (Fixture      *f,
                                 gconstpointer data);
BwCase       *new_case          (BwCaseStore  *store,
                                 const char   *name);
/* What a buurtteam member's desktop holds that the server refuses: a
 * value written past the desktop's checks into @resident (an e-mail
 * address that is none), a course @offer with one @session planned
 * (planning is the trainers'), and the referral of @resident to it, which
 * is returned. */
BwEnrolment  *make_refused_changes (BwCaseStore *store,
                                    BwPlanning  *planning,
                                    BwCase      *resident,
                                    BwOffer     *offer,
                                    BwSession   *session);
gint64        local_id          (BwCaseStore  *store,
                                 const char   *uuid);
BwCase       *get_by_uuid       (BwCaseStore  *store,
                                 const char   *uuid);
gint64        count_rows        (BwCaseStore  *store,
                                 const char   *sql);
/* Raw HTTP, to see exactly the bytes a client receives. */
char         *http_raw          (Fixture      *f,
                                 const char   *method,
                                 const char   *path,
                                 const char   *token,
                                 const char   *body,
                                 guint        *status);
/* The server's database, read directly through the server's storage
 * (either backend: bw-test-server-db.h). */
BwStorage    *open_server_db    (Fixture      *f);
/* The first column of the first row of @sql (?1 bound to @arg), or -1. */
gint64        server_count      (Fixture      *f,
                                 const char   *sql,
                                 const char   *arg);
/* Whether the bytes of @path contain @needle (FALSE when unreadable). */
gboolean      file_contains     (const char   *path,
                                 const char   *needle);
/* The same for the desktop database @name in f->dir, or its WAL. */
gboolean      desktop_file_contains (Fixture  *f,
                                     const char *name,
                                     const char *needle);

G_END_DECLS
