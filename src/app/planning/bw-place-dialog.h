/* SPDX-License-Identifier: EUPL-1.2 */
#pragma once

#include <adwaita.h>

#include "bw-case-store.h"

G_BEGIN_DECLS

#define BW_TYPE_PLACE_DIALOG (bw_place_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BwPlaceDialog, bw_place_dialog, BW, PLACE_DIALOG, AdwWindow)

/* Adds a place (when @place has no id) or edits one: name, address, buurt
 * and kind. The location is the one in @place (where the map was clicked).
 * A refused save shows the reason and keeps the dialog open; "saved" is
 * emitted with the stored place. */
BwPlaceDialog *bw_place_dialog_new (GtkWindow   *parent,
                                    BwCaseStore *store,
                                    BwPlace     *place);

G_END_DECLS
