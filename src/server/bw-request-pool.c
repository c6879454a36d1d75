/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-server"
/* The worker threads of the sync server (docs/sync-protocol.md, "Bounded
 * work on the main loop"). */
#include "config.h"

#include "bw-request-pool.h"

struct _BwRequestPool
{
  GObject parent_instance;

  char *path;
  GThreadPool *threads;
  GAsyncQueue *idle;       /* BwServerStore *: connections no worker uses now */
  GMainContext *context;
  GMutex write_lock;
};

G_DEFINE_FINAL_TYPE (BwRequestPool, bw_request_pool, G_TYPE_OBJECT)

typedef struct {
  BwRequestWork work;
  GSourceFunc done;
  gpointer data;
  gboolean writes;
} Job;

static void
run_job (gpointer job_data,
         gpointer user_data)
{
  BwRequestPool *self = user_data;
  Job *job = job_data;
  g_autoptr(GError) error = NULL;
  BwServerStore *store = g_async_queue_try_pop (self->idle);

  /* At most as many connections as threads: one each, made when first
   * needed and kept. */
  if (store == NULL)
    store = bw_server_store_open (self->path, &error);
  if (job->writes)
    g_mutex_lock (&self->write_lock);
  job->work (store, error, job->data);
  if (job->writes)
    g_mutex_unlock (&self->write_lock);
  if (store != NULL)
    g_async_queue_push (self->idle, store);
  g_main_context_invoke (self->context, job->done, job->data);
  g_free (job);
}

static void
bw_request_pool_finalize (GObject *object)
{
  BwRequestPool *self = BW_REQUEST_POOL (object);
  BwServerStore *store;

  /* Waits for the jobs that were started. */
  g_thread_pool_free (self->threads, FALSE, TRUE);
  while ((store = g_async_queue_try_pop (self->idle)) != NULL)
    g_object_unref (store);
  g_async_queue_unref (self->idle);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->write_lock);
  g_free (self->path);

  G_OBJECT_CLASS (bw_request_pool_parent_class)->finalize (object);
}

static void
bw_request_pool_class_init (BwRequestPoolClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_request_pool_finalize;
}

static void
bw_request_pool_init (BwRequestPool *self)
{
  g_mutex_init (&self->write_lock);
}

BwRequestPool *
bw_request_pool_new (const char *path,
                     guint       max_threads)
{
  BwRequestPool *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (max_threads >= 1, NULL);

  self = g_object_new (BW_TYPE_REQUEST_POOL, NULL);
  self->path = g_strdup (path);
  self->idle = g_async_queue_new ();
  self->context = g_main_context_ref_thread_default ();
  self->threads = g_thread_pool_new (run_job, self, max_threads, FALSE, NULL);
  return self;
}

void
bw_request_pool_run (BwRequestPool *self,
                     BwRequestWork  work,
                     GSourceFunc    done,
                     gpointer       data,
                     gboolean       writes)
{
  Job *job;

  g_return_if_fail (BW_IS_REQUEST_POOL (self));

  job = g_new0 (Job, 1);
  job->work = work;
  job->done = done;
  job->data = data;
  job->writes = writes;
  g_thread_pool_push (self->threads, job, NULL);
}
