/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-planning.h"

G_BEGIN_DECLS

#define BW_TYPE_SESSION_DIALOG (bw_session_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwSessionDialog, bw_session_dialog, BW, SESSION_DIALOG, AdwWindow)

/* Plans a session of @offer (a new one when @session is NULL): date,
 * start, end, place (one of the map's places), trainer, and for a new
 * session "Repeat weekly" (every N weeks, a number of times or until a
 * date). Conflicts are checked as the user types and listed; Save with
 * conflicts asks for confirmation first (an AdwMessageDialog listing them)
 * and then saves, the sessions staying marked. Signal "saved" when stored,
 * before the dialog closes. Action session.save (Ctrl+S). */
BwSessionDialog *bw_session_dialog_new (GtkWindow  *parent,
                                        BwPlanning *planning,
                                        BwOffer    *offer,
                                        BwSession  *session);

/* For tests: the conflicts currently listed, the confirmation dialog and
 * the question before discarding typed input while open (else NULL). */
guint            bw_session_dialog_get_n_conflicts (BwSessionDialog *self);
GtkWidget       *bw_session_dialog_get_confirmation (BwSessionDialog *self);
GtkWidget       *bw_session_dialog_get_discard_question (BwSessionDialog *self);

G_END_DECLS
