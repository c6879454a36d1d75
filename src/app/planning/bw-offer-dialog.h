/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-planning.h"

G_BEGIN_DECLS

#define BW_TYPE_OFFER_DIALOG (bw_offer_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwOfferDialog, bw_offer_dialog, BW, OFFER_DIALOG, AdwWindow)

/* Edits a training offer (a new one when @offer is NULL, in the buurt
 * @default_buurt, a code or NULL for none chosen yet). Save validates
 * with the planning's rules: a refusal is shown next to the field, nothing
 * is written and what was typed stays. Signal "saved" (BwOffer *offer, as
 * stored) before the dialog closes. Action offer.save (Ctrl+S). */
BwOfferDialog *bw_offer_dialog_new (GtkWindow  *parent,
                                    BwPlanning *planning,
                                    BwOffer    *offer,
                                    const char *default_buurt);

G_END_DECLS
