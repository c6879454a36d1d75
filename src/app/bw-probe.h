/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <gtk/gtk.h>

#include "bw-sync-engine.h"

G_BEGIN_DECLS

#define BW_TYPE_PROBE (bw_probe_get_type ())
G_DECLARE_FINAL_TYPE (BwProbe, bw_probe, BW, PROBE, GObject)

/* Measures the running app for the benches (bench/bench-vs-peer), when
 * BUURTWERK_PROBE is set, and prints what it saw on stdout:
 *
 *   BUURTWERK_PROBE=rows   "probe rows ms=M items=N" at the first frame
 *                          painted with rows in the case list, then quits
 *   BUURTWERK_PROBE=sync   "probe sync ms=M took-ms=T cases=N beats=B
 *                          longest-stall-ms=L stalls=K" when the first
 *                          sync has ended well, then quits
 *
 * ms count from the start of the process; took-ms from the start of the
 * sync (the app starts its first sync 2 s after the window). During the sync a beat every
 * 16 ms at the priority of input events measures how late it runs: a
 * stall is a beat more than 16 ms late (a frame or a key press waited).
 * On quitting it prints "probe rss-peak-kib=K". Without the variable,
 * nothing. */
BwProbe *bw_probe_new_from_environment (GApplication *app,
                                        GtkWidget    *window,
                                        GListModel   *cases,
                                        BwSyncEngine *sync);

G_END_DECLS
