/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes what a person types into entries and preferences: dates,
 * amounts, the server URL and the tile URL template (src/core/
 * bw-validation.c). Each either answers or sets an error, never both. */

#include "fuzz-common.h"
#include "bw-date.h"
#include "bw-validation.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  bw_fuzz_setup_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = bw_fuzz_strndup (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  gint64 cents = 0;

  /* Typed text is UTF-8 by the time it reaches the parsers (GtkEntry
   * guarantees it); other bytes are not input these functions get. */
  if (!g_utf8_validate (text, -1, NULL))
    return 0;

  iso = bw_date_parse (text, &error);
  g_assert ((iso == NULL) != (error == NULL));
  if (iso != NULL)
    {
      g_autofree char *entry = bw_date_to_entry_text (iso);
      g_autofree char *display = bw_date_to_display (iso);
      g_autofree char *again = NULL;

      g_assert_nonnull (entry);
      g_assert_nonnull (display);
      /* What is shown in the entry parses back to the same date. */
      again = bw_date_parse (entry, NULL);
      g_assert_cmpstr (again, ==, iso);
    }
  g_clear_error (&error);

  if (bw_parse_amount (text, &cents, &error))
    {
      g_autofree char *shown = bw_format_amount (cents);

      g_assert_no_error (error);
      g_assert_nonnull (shown);
    }
  else
    g_assert_nonnull (error);
  g_clear_error (&error);

  if (!bw_validate_server_url (text, &error))
    g_assert_nonnull (error);
  g_clear_error (&error);
  if (!bw_validate_tile_url (text, &error))
    g_assert_nonnull (error);
  g_clear_error (&error);

  return 0;
}
