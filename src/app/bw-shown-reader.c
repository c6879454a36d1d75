/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
#include "config.h"

#include "bw-shown-reader.h"

struct _BwShownReader
{
  GObject parent_instance;

  GtkWidget *widget;            /* weak; NULL once disposed */
  BwCaseStore *store;
  BwCaseStoreReadFunc func;
  GObject *data;
  GDestroyNotify result_free;
  BwShownReaderDone done;
  gpointer user_data;

  guint idle;
  gboolean reading;             /* a read is on its way */
  gboolean stale;               /* what is shown may be out of date */
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (BwShownReader, bw_shown_reader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
shown (BwShownReader *self)
{
  return self->widget != NULL && gtk_widget_get_mapped (self->widget);
}

static void
update_loading (BwShownReader *self)
{
  gboolean loading = self->reading || (self->stale && shown (self));

  if (loading == self->loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void start (BwShownReader *self);

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BwShownReader) self = user_data;
  g_autoptr(GError) error = NULL;
  gpointer value = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);

  self->reading = FALSE;
  if (self->widget == NULL)
    {
      /* Disposed meanwhile: nobody wants it any more. */
      if (value != NULL && self->result_free != NULL)
        self->result_free (value);
      return;
    }
  self->done (self->user_data, value, error);
  /* Changed again meanwhile: once more, once. */
  start (self);
  update_loading (self);
}

static void
unref_data (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
start (BwShownReader *self)
{
  if (!self->stale || self->reading || !shown (self))
    return;
  self->stale = FALSE;
  self->reading = TRUE;
  bw_case_store_read_async (self->store, self->func, self->data ? g_object_ref (self->data) : NULL,
                            unref_data, NULL, read_done_cb, g_object_ref (self));
}

static gboolean
idle_cb (gpointer user_data)
{
  BwShownReader *self = user_data;

  self->idle = 0;
  start (self);
  update_loading (self);
  return G_SOURCE_REMOVE;
}

void
bw_shown_reader_queue (BwShownReader *self)
{
  g_return_if_fail (BW_IS_SHOWN_READER (self));

  self->stale = TRUE;
  /* Many changes in a row (a sync's batches) are read once: on idle,
   * and after the read on its way, if any. */
  if (self->idle == 0 && self->widget != NULL)
    self->idle = g_idle_add (idle_cb, self);
  update_loading (self);
}

gboolean
bw_shown_reader_get_loading (BwShownReader *self)
{
  g_return_val_if_fail (BW_IS_SHOWN_READER (self), FALSE);
  return self->loading;
}

static void
mapped_cb (BwShownReader *self)
{
  start (self);
  update_loading (self);
}

static void
bw_shown_reader_dispose (GObject *object)
{
  BwShownReader *self = BW_SHOWN_READER (object);

  g_clear_handle_id (&self->idle, g_source_remove);
  if (self->widget != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->widget, self);
      g_object_remove_weak_pointer (G_OBJECT (self->widget), (gpointer *) &self->widget);
      self->widget = NULL;
    }
  g_clear_object (&self->store);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (bw_shown_reader_parent_class)->dispose (object);
}

static void
bw_shown_reader_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BwShownReader *self = BW_SHOWN_READER (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bw_shown_reader_class_init (BwShownReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bw_shown_reader_dispose;
  object_class->get_property = bw_shown_reader_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bw_shown_reader_init (BwShownReader *self)
{
}

BwShownReader *
bw_shown_reader_new (GtkWidget           *widget,
                     BwCaseStore         *store,
                     BwCaseStoreReadFunc  func,
                     GObject             *data,
                     GDestroyNotify       result_free,
                     BwShownReaderDone    done,
                     gpointer             user_data)
{
  BwShownReader *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (BW_IS_CASE_STORE (store), NULL);
  g_return_val_if_fail (func != NULL && done != NULL, NULL);

  self = g_object_new (BW_TYPE_SHOWN_READER, NULL);
  self->widget = widget;
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &self->widget);
  self->store = g_object_ref (store);
  self->func = func;
  self->data = data ? g_object_ref (data) : NULL;
  self->result_free = result_free;
  self->done = done;
  self->user_data = user_data;
  g_signal_connect_swapped (widget, "map", G_CALLBACK (mapped_cb), self);
  g_signal_connect_swapped (widget, "unmap", G_CALLBACK (update_loading), self);
  /* Nothing is shown yet. */
  bw_shown_reader_queue (self);
  return self;
}
