/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bw-case-row.h"
#include "bw-date.h"
#include "bw-snippet.h"
#include "bw-validation.h"

struct _BwCaseRow
{
  GtkWidget parent_instance;

  GtkLabel *name_label;
  GtkLabel *details_label;
  GtkLabel *track_label;
  GtkLabel *status_label;
  GtkLabel *contact_label;
  GtkLabel *snippet_label;
};

G_DEFINE_FINAL_TYPE (BwCaseRow, bw_case_row, GTK_TYPE_WIDGET)

static void
bw_case_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BW_TYPE_CASE_ROW);
  /* The template's top box has no id, so unparent it by hand. */
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
      gtk_widget_unparent (child);
  }

  G_OBJECT_CLASS (bw_case_row_parent_class)->dispose (object);
}

static void
bw_case_row_class_init (BwCaseRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bw_case_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-case-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, BwCaseRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, BwCaseRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, BwCaseRow, track_label);
  gtk_widget_class_bind_template_child (widget_class, BwCaseRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, BwCaseRow, contact_label);
  gtk_widget_class_bind_template_child (widget_class, BwCaseRow, snippet_label);
}

static void
bw_case_row_init (BwCaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bw_case_row_new (void)
{
  return g_object_new (BW_TYPE_CASE_ROW, NULL);
}

/* The snippet as markup: the matching words in bold, the rest escaped. */
static char *
snippet_markup (const char *snippet)
{
  GString *markup = g_string_new (NULL);
  const char *p = snippet;

  while (*p)
    {
      const char *mark = strpbrk (p, (char[]) { BW_SNIPPET_MARK_START, BW_SNIPPET_MARK_END, '\0' });
      g_autofree char *text = g_markup_escape_text (p, mark ? mark - p : -1);

      g_string_append (markup, text);
      if (mark == NULL)
        break;
      g_string_append (markup, *mark == BW_SNIPPET_MARK_START ? "<b>" : "</b>");
      p = mark + 1;
    }
  return g_string_free (markup, FALSE);
}

/* The snippet as a screen reader says it. */
static char *
snippet_text (const char *snippet)
{
  char *text = g_strdup (snippet);

  g_strdelimit (text, (char[]) { BW_SNIPPET_MARK_START, BW_SNIPPET_MARK_END, '\0' }, ' ');
  return text;
}

void
bw_case_row_bind (BwCaseRow   *self,
                  BwCase      *record,
                  BwCaseStore *store,
                  const char  *snippet)
{
  BwNeighbourhood *nb = bw_case_store_find_neighbourhood (store, bw_case_get_buurt_code (record));
  g_autofree char *details = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *accessible = NULL;
  const char *buurt = nb ? bw_neighbourhood_get_name (nb) : "";
  BwCaseStatus status = bw_case_get_status (record);

  gtk_label_set_text (self->name_label, bw_case_get_name (record) ?: "");

  if (bw_case_get_has_debts (record))
    /* TRANSLATORS: "<neighbourhood> · debts" in the case list */
    details = g_strdup_printf (_("%s · debts"), buurt);
  else
    details = g_strdup (buurt);
  gtk_label_set_text (self->details_label, details);
  gtk_label_set_text (self->track_label, bw_track_label (bw_case_get_track (record)));

  gtk_label_set_text (self->status_label, bw_case_status_label (status));
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "intake");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "active");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "closed");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), bw_case_status_to_key (status));

  if (bw_case_get_last_contact (record))
    {
      g_autofree char *date = bw_date_to_display (bw_case_get_last_contact (record));
      contact = g_strdup (date);
    }
  gtk_label_set_text (self->contact_label, contact ? contact : _("no contact yet"));

  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), snippet != NULL);
  if (snippet != NULL)
    {
      g_autofree char *markup = snippet_markup (snippet);

      gtk_label_set_markup (self->snippet_label, markup);
    }

  /* TRANSLATORS: what a screen reader says for a row in the case list:
   * name, status, neighbourhood and debts, track, last contact */
  accessible = g_strdup_printf (_("%s, %s, %s, %s, last contact %s"),
                                bw_case_get_name (record) ?: "",
                                bw_case_status_label (status), details,
                                bw_track_label (bw_case_get_track (record)),
                                contact ? contact : _("none"));
  if (snippet != NULL)
    {
      g_autofree char *said = snippet_text (snippet);
      char *with_note;

      /* TRANSLATORS: a case in the list of search results, then the part
       * of its notes that matches */
      with_note = g_strdup_printf (_("%s; in the notes: %s"), accessible, said);
      g_free (accessible);
      accessible = with_note;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* GTK 4.8 has no gtk_list_item_set_accessible_label(): name the list
   * item widget around the row too, or screen readers announce an empty
   * list item. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}
