/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app"
/* Measurements of the running app for the benches (see the header). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bw-probe.h"

typedef enum {
  PROBE_ROWS,
  PROBE_SYNC,
} ProbeWaitFor;

struct _BwProbe
{
  GObject parent_instance;

  GApplication *app;       /* unowned: the application owns the probe */
  GtkWidget *window;       /* unowned */
  GListModel *cases;
  BwSyncEngine *sync;
  ProbeWaitFor wait_for;
  gint64 process_start;    /* monotonic µs */

  guint beat_id;
  gint64 last_beat;
  guint beats;
  guint stalls;
  gint64 longest_stall;
  gboolean syncing;
  gint64 sync_start;
  gboolean rows_seen;
  gboolean done;
};

G_DEFINE_FINAL_TYPE (BwProbe, bw_probe, G_TYPE_OBJECT)

static void
bw_probe_finalize (GObject *object)
{
  BwProbe *self = BW_PROBE (object);

  g_clear_handle_id (&self->beat_id, g_source_remove);
  g_clear_object (&self->cases);
  g_clear_object (&self->sync);
  G_OBJECT_CLASS (bw_probe_parent_class)->finalize (object);
}

static void
bw_probe_class_init (BwProbeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bw_probe_finalize;
}

static void
bw_probe_init (BwProbe *self)
{
}

/* The process's start, on the monotonic clock: its age from /proc. */
static gint64
process_start (void)
{
  g_autofree char *stat = NULL;
  g_autofree char *uptime = NULL;
  const char *p;
  guint64 start_ticks;
  double up;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      !g_file_get_contents ("/proc/uptime", &uptime, NULL, NULL) ||
      (p = strrchr (stat, ')')) == NULL)
    return g_get_monotonic_time ();
  /* Field 22, counted from the state after the command's ")". */
  for (int field = 3; field <= 22 && p != NULL; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL)
    return g_get_monotonic_time ();
  start_ticks = g_ascii_strtoull (p + 1, NULL, 10);
  up = g_ascii_strtod (uptime, NULL);
  return g_get_monotonic_time () - (gint64) ((up - (double) start_ticks / sysconf (_SC_CLK_TCK)) * G_USEC_PER_SEC);
}

static double
ms_since_start (BwProbe *self)
{
  return (g_get_monotonic_time () - self->process_start) / 1000.0;
}

static void
finish (BwProbe *self)
{
  g_autofree char *status = NULL;
  const char *peak;

  self->done = TRUE;
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (peak = strstr (status, "VmHWM:")) != NULL)
    printf ("probe rss-peak-kib=%" G_GUINT64_FORMAT "\n", g_ascii_strtoull (peak + strlen ("VmHWM:"), NULL, 10));
  fflush (stdout);
  g_application_quit (self->app);
}

/* Every 16 ms at the priority of input events: how late it runs is how
 * long a key press or a frame would have waited (the main loop stalled). */
static gboolean
beat (gpointer user_data)
{
  BwProbe *self = user_data;
  gint64 now = g_get_monotonic_time ();

  if (self->syncing && self->last_beat != 0)
    {
      gint64 late = now - self->last_beat - 16 * 1000;

      self->beats++;
      self->longest_stall = MAX (self->longest_stall, late);
      if (late > 16 * 1000)
        self->stalls++;
    }
  self->last_beat = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       user_data)
{
  BwProbe *self = user_data;

  if (self->done)
    return G_SOURCE_REMOVE;
  /* Rows seen at the frame before: that frame was laid out and painted
   * with them. */
  if (self->wait_for == PROBE_ROWS && self->rows_seen)
    {
      printf ("probe rows ms=%.1f items=%u\n", ms_since_start (self),
              g_list_model_get_n_items (self->cases));
      finish (self);
      return G_SOURCE_REMOVE;
    }
  self->rows_seen = g_list_model_get_n_items (self->cases) > 0;
  return G_SOURCE_CONTINUE;
}

static void
state_changed (BwProbe *self)
{
  BwSyncState state = bw_sync_engine_get_state (self->sync);

  if (self->done)
    return;
  if (state == BW_SYNC_STATE_SYNCING && !self->syncing)
    {
      self->syncing = TRUE;
      self->sync_start = g_get_monotonic_time ();
      self->beats = self->stalls = 0;
      self->longest_stall = 0;
      self->last_beat = 0;
    }
  else if (state == BW_SYNC_STATE_IDLE && self->syncing && self->wait_for == PROBE_SYNC)
    {
      printf ("probe sync ms=%.1f took-ms=%.1f cases=%u beats=%u longest-stall-ms=%.1f stalls=%u\n",
              ms_since_start (self), (g_get_monotonic_time () - self->sync_start) / 1000.0,
              g_list_model_get_n_items (self->cases), self->beats,
              self->longest_stall / 1000.0, self->stalls);
      finish (self);
    }
  else if (state != BW_SYNC_STATE_SYNCING)
    self->syncing = FALSE;
}

BwProbe *
bw_probe_new_from_environment (GApplication *app,
                               GtkWidget    *window,
                               GListModel   *cases,
                               BwSyncEngine *sync)
{
  const char *what = g_getenv ("BUURTWERK_PROBE");
  BwProbe *self;

  if (what == NULL || (!g_str_equal (what, "rows") && !g_str_equal (what, "sync")))
    return NULL;
  self = g_object_new (BW_TYPE_PROBE, NULL);
  self->app = app;
  self->window = window;
  self->cases = g_object_ref (cases);
  self->sync = g_object_ref (sync);
  self->wait_for = g_str_equal (what, "rows") ? PROBE_ROWS : PROBE_SYNC;
  self->process_start = process_start ();
  if (self->wait_for == PROBE_ROWS)
    gtk_widget_add_tick_callback (window, tick, self, NULL);
  self->beat_id = g_timeout_add (16, beat, self);
  g_signal_connect_object (sync, "notify::state", G_CALLBACK (state_changed), self, G_CONNECT_SWAPPED);
  return self;
}
