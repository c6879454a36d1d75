/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-sync"
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "bw-token-store.h"

static const SecretSchema *
token_schema (void)
{
  static const SecretSchema schema = {
    APP_ID ".Session", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "login", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };
  return &schema;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
bw_token_store_save_async (const char          *server_url,
                           const char          *login,
                           const char          *token,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *label = g_strdup_printf (_("Buurtwerk session for %s"), login);

  secret_password_store (token_schema (), SECRET_COLLECTION_DEFAULT, label, token, cancellable,
                         saved_cb, task, "server", server_url, "login", login, NULL);
}

gboolean
bw_token_store_save_finish (GAsyncResult  *result,
                            GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *token = secret_password_lookup_finish (result, &error);

  if (error)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Callers free with g_free(); the secret's own copy is wiped here. */
  g_task_return_pointer (task, g_strdup (token), g_free);
  if (token)
    secret_password_free (token);
}

void
bw_token_store_lookup_async (const char          *server_url,
                             const char          *login,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  secret_password_lookup (token_schema (), cancellable, looked_up_cb, task,
                          "server", server_url, "login", login, NULL);
}

char *
bw_token_store_lookup_finish (GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
