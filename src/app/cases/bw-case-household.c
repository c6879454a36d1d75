/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bw-case-household.h"
#include "bw-case-store-household.h"
#include "bw-date.h"

/* How many cases the member's name offers to link at most. */
#define MAX_LINK_CHOICES 8

struct _BwCaseHousehold
{
  AdwPreferencesGroup parent_instance;

  BwCaseStore *store;
  GCancellable *cancellable;
  gint64 case_id;
  gboolean closed;           /* read-only until reopened; its links still open */
  gboolean reading;          /* a read on its way; read_again: once more after it */
  gboolean read_again;
  char *case_uuid;
  guint link_timeout;
  guint link_generation;     /* the name the link choices were read for */
  GPtrArray *link_uuids;     /* per choice of link_row after the first */

  GtkListBox *members_list;
  GtkListBox *of_list;
  AdwExpanderRow *add_row;
  AdwEntryRow *name_row;
  AdwComboRow *relation_row;
  AdwEntryRow *dob_row;
  AdwEntryRow *phone_row;
  AdwComboRow *link_row;
  GtkLabel *error_label;
  GtkWidget *add_button;
};

G_DEFINE_FINAL_TYPE (BwCaseHousehold, bw_case_household, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (BwCaseHousehold *self,
       const char      *text)
{
  g_signal_emit (self, signals[SHOW_TOAST], 0, adw_toast_new (text));
}

/* A case's id on a button or row that opens it. */
static void
set_case_id (gpointer object,
             gint64   id)
{
  g_object_set_data_full (G_OBJECT (object), "bw-case-id", g_memdup2 (&id, sizeof id), g_free);
}

static gint64
get_case_id (gpointer object)
{
  gint64 *id = g_object_get_data (G_OBJECT (object), "bw-case-id");

  return id ? *id : 0;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Reading the household, off the main thread */

typedef struct {
  gint64 case_id;
  char *case_uuid;
  GListModel *members;
  GListModel *of;
} Reading;

static void
reading_free (Reading *r)
{
  g_free (r->case_uuid);
  g_clear_object (&r->members);
  g_clear_object (&r->of);
  g_free (r);
}

static gpointer
read_household (BwCaseStore  *store,
                gpointer      data,
                GError      **error)
{
  Reading *r = data;

  r->members = bw_case_store_list_household (store, r->case_id);
  r->of = bw_case_store_list_household_of (store, r->case_uuid);
  return r;
}

static void open_case_clicked (GtkButton *button, BwCaseHousehold *self);
static void remove_clicked (GtkButton *button, BwCaseHousehold *self);

static GtkWidget *
member_row (BwCaseHousehold   *self,
            BwHouseholdMember *member)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *label = g_strdup_printf (_("Remove %s"), bw_household_member_get_name (member));
  g_autoptr(GString) subtitle = g_string_new (bw_relation_label (bw_household_member_get_relation (member)));
  g_autofree char *dob = bw_date_to_display (bw_household_member_get_date_of_birth (member));

  if (bw_household_member_get_date_of_birth (member))
    g_string_append_printf (subtitle, " · %s", dob);
  if (bw_household_member_get_phone (member))
    g_string_append_printf (subtitle, " · %s", bw_household_member_get_phone (member));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_household_member_get_name (member));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  if (bw_household_member_get_linked_case_id (member) > 0)
    {
      GtkWidget *open = gtk_button_new_with_mnemonic (_("_Own Case"));
      g_autofree char *open_label = g_strdup_printf (_("Open the case of %s"),
                                                     bw_household_member_get_name (member));

      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (open, open_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
      set_case_id (open, bw_household_member_get_linked_case_id (member));
      g_signal_connect (open, "clicked", G_CALLBACK (open_case_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
    }
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (remove, !self->closed);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (remove), "bw-member", g_object_ref (member), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
show_reading (BwCaseHousehold *self,
              Reading         *r)
{
  guint n = g_list_model_get_n_items (r->members);

  clear_list (self->members_list);
  clear_list (self->of_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwHouseholdMember) member = g_list_model_get_item (r->members, i);

      gtk_list_box_append (self->members_list, member_row (self, member));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->members_list), n > 0);

  for (guint i = 0; i < g_list_model_get_n_items (r->of); i++)
    {
      g_autoptr(BwHouseholdMember) member = g_list_model_get_item (r->of, i);
      GtkWidget *row = adw_action_row_new ();
      /* TRANSLATORS: %s is the name of the resident of another case */
      g_autofree char *title = g_strdup_printf (_("Also in the household of %s"),
                                                bw_household_member_get_case_name (member));
      /* TRANSLATORS: %s is a relation: partner, child, … */
      g_autofree char *subtitle = g_strdup_printf (_("Relation: %s · open that case"),
                                                   bw_relation_label (bw_household_member_get_relation (member)));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      set_case_id (row, bw_household_member_get_case_id (member));
      gtk_list_box_append (self->of_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->of_list), g_list_model_get_n_items (r->of) > 0);
}

static void refresh (BwCaseHousehold *self);

static void
household_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  BwCaseHousehold *self = user_data;
  g_autoptr(GError) error = NULL;
  Reading *r = bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->reading = FALSE;
  if (self->read_again)
    {
      /* What changed meanwhile is read once, not once per change. */
      self->read_again = FALSE;
      refresh (self);
      return;
    }
  if (r == NULL)
    {
      toast (self, error->message);
      return;
    }
  /* Another case by now. */
  if (r->case_id == self->case_id)
    show_reading (self, r);
}

static void
refresh (BwCaseHousehold *self)
{
  Reading *r;

  if (self->store == NULL || self->case_id == 0)
    return;
  if (self->reading)
    {
      self->read_again = TRUE;
      return;
    }
  self->reading = TRUE;
  r = g_new0 (Reading, 1);
  r->case_id = self->case_id;
  r->case_uuid = g_strdup (self->case_uuid);
  bw_case_store_read_async (self->store, read_household, r, (GDestroyNotify) reading_free,
                            self->cancellable, household_read_cb, self);
}

static void
case_changed_cb (BwCaseHousehold *self,
                 gint64           case_id,
                 BwCaseStore     *store)
{
  /* Another case may have named this one in its household: read again
   * for any change, through two indexes. */
  if (self->case_id != 0)
    refresh (self);
}

/* Opening another case */

static void
open_case (BwCaseHousehold *self,
           gint64           id)
{
  if (id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-case", "x", id);
}

static void
open_case_clicked (GtkButton       *button,
                   BwCaseHousehold *self)
{
  open_case (self, get_case_id (button));
}

static void
of_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  BwCaseHousehold *self)
{
  open_case (self, get_case_id (row));
}

/* The cases the member's name matches, to link as their own case */

typedef struct {
  gint64 case_id;
  guint generation;
  char *name;
  GPtrArray *uuids;
  GPtrArray *labels;
} LinkReading;

static void
link_reading_free (LinkReading *r)
{
  g_free (r->name);
  g_clear_pointer (&r->uuids, g_ptr_array_unref);
  g_clear_pointer (&r->labels, g_ptr_array_unref);
  g_free (r);
}

static gpointer
read_link_choices (BwCaseStore  *store,
                   gpointer      data,
                   GError      **error)
{
  LinkReading *r = data;
  g_autofree char *folded = g_utf8_casefold (r->name, -1);
  g_autoptr(GArray) ids = NULL;
  BwCaseQuery query;

  bw_case_query_init (&query);
  query.text = g_strdup (r->name);
  ids = bw_case_store_query_ids (store, &query, error);
  bw_case_query_clear (&query);
  if (ids == NULL)
    return NULL;
  r->uuids = g_ptr_array_new_with_free_func (g_free);
  r->labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < ids->len && r->uuids->len < MAX_LINK_CHOICES; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(BwCase) c = id != r->case_id ? bw_case_store_get_case (store, id, NULL) : NULL;
      g_autofree char *name = NULL;
      g_autofree char *dob = NULL;

      if (c == NULL)
        continue;
      /* The index finds members' names too: only a resident of that name. */
      name = g_utf8_casefold (bw_case_get_name (c), -1);
      if (strstr (name, folded) == NULL)
        continue;
      dob = bw_date_to_display (bw_case_get_date_of_birth (c));
      g_ptr_array_add (r->uuids, g_strdup (bw_case_get_uuid (c)));
      g_ptr_array_add (r->labels, bw_case_get_date_of_birth (c) ?
                                  g_strdup_printf ("%s (%s)", bw_case_get_name (c), dob) :
                                  g_strdup (bw_case_get_name (c)));
    }
  return r;
}

static void
set_link_choices (BwCaseHousehold *self,
                  GPtrArray       *uuids,
                  GPtrArray       *labels)
{
  /* TRANSLATORS: no case of their own is linked to a household member */
  GtkStringList *model = gtk_string_list_new ((const char *[]) { _("No case of their own"), NULL });

  g_ptr_array_set_size (self->link_uuids, 0);
  for (guint i = 0; uuids != NULL && i < uuids->len; i++)
    {
      g_ptr_array_add (self->link_uuids, g_strdup (g_ptr_array_index (uuids, i)));
      gtk_string_list_append (model, g_ptr_array_index (labels, i));
    }
  adw_combo_row_set_model (self->link_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->link_row, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->link_row), self->link_uuids->len > 0);
  g_object_unref (model);
}

static void
link_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  BwCaseHousehold *self = user_data;
  LinkReading *r = bw_case_store_read_finish (BW_CASE_STORE (source), result, NULL);

  if (r != NULL && r->generation == self->link_generation && r->case_id == self->case_id)
    set_link_choices (self, r->uuids, r->labels);
}

static gboolean
read_link_choices_later (gpointer data)
{
  BwCaseHousehold *self = data;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  LinkReading *r;

  self->link_timeout = 0;
  if (self->store == NULL || self->case_id == 0 || g_utf8_strlen (name, -1) < 3)
    {
      set_link_choices (self, NULL, NULL);
      return G_SOURCE_REMOVE;
    }
  r = g_new0 (LinkReading, 1);
  r->case_id = self->case_id;
  r->generation = self->link_generation;
  r->name = g_steal_pointer (&name);
  bw_case_store_read_async (self->store, read_link_choices, r, (GDestroyNotify) link_reading_free,
                            self->cancellable, link_read_cb, self);
  return G_SOURCE_REMOVE;
}

static void
name_changed (BwCaseHousehold *self)
{
  /* Read once the typing pauses. */
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->link_generation++;
  g_clear_handle_id (&self->link_timeout, g_source_remove);
  self->link_timeout = g_timeout_add (300, read_link_choices_later, self);
}

/* Writing */

typedef struct {
  BwCaseHousehold *self;
  gint64 case_id;
  gint64 member_id;          /* to remove, or the one added */
  char *name;
  char *date_of_birth;
  BwRelation relation;
  char *phone;
  char *linked_case_uuid;
} Write;

static void
write_free (Write *w)
{
  g_clear_object (&w->self);
  g_free (w->name);
  g_free (w->date_of_birth);
  g_free (w->phone);
  g_free (w->linked_case_uuid);
  g_free (w);
}

static gboolean
add_job (BwCaseStore  *store,
         gpointer      data,
         GError      **error)
{
  Write *w = data;

  w->member_id = bw_case_store_add_household_member (store, w->case_id, w->name, w->date_of_birth,
                                                     w->relation, w->phone, w->linked_case_uuid, error);
  return w->member_id != 0;
}

static void
add_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Write *w = user_data;
  BwCaseHousehold *self = w->self;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    {
      /* What was typed stays, with why it was refused. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  else if (w->case_id == self->case_id)
    {
      for (GtkEditable **e = (GtkEditable *[]) { GTK_EDITABLE (self->name_row), GTK_EDITABLE (self->dob_row),
                                                 GTK_EDITABLE (self->phone_row), NULL }; *e; e++)
        gtk_editable_set_text (*e, "");
      adw_combo_row_set_selected (self->relation_row, 0);
      set_link_choices (self, NULL, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "household.add", TRUE);
  write_free (w);
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  BwCaseHousehold *self = BW_CASE_HOUSEHOLD (widget);
  guint link = adw_combo_row_get_selected (self->link_row);
  Write *w;

  if (self->store == NULL || self->case_id == 0)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  w = g_new0 (Write, 1);
  w->self = g_object_ref (self);
  w->case_id = self->case_id;
  w->name = entry_text (self->name_row);
  w->date_of_birth = entry_text (self->dob_row);
  w->phone = entry_text (self->phone_row);
  w->relation = adw_combo_row_get_selected (self->relation_row);
  if (link != GTK_INVALID_LIST_POSITION && link > 0 && link - 1 < self->link_uuids->len)
    w->linked_case_uuid = g_strdup (g_ptr_array_index (self->link_uuids, link - 1));
  /* One at a time: a second click does not add the member twice. */
  gtk_widget_action_set_enabled (widget, "household.add", FALSE);
  bw_case_store_write_async (self->store, add_job, w, NULL, NULL, add_done, w);
}

static gboolean
remove_job (BwCaseStore  *store,
            gpointer      data,
            GError      **error)
{
  Write *w = data;

  return bw_case_store_remove_household_member (store, w->member_id, error);
}

static void
remove_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Write *w = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    toast (w->self, error->message);
  write_free (w);
}

static void
remove_clicked (GtkButton       *button,
                BwCaseHousehold *self)
{
  BwHouseholdMember *member = g_object_get_data (G_OBJECT (button), "bw-member");
  Write *w = g_new0 (Write, 1);

  w->self = g_object_ref (self);
  w->member_id = bw_record_get_id (BW_RECORD (member));
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  bw_case_store_write_async (self->store, remove_job, w, NULL, NULL, remove_done, w);
}

/* The page */

void
bw_case_household_set_store (BwCaseHousehold *self,
                             BwCaseStore     *store)
{
  g_return_if_fail (BW_IS_CASE_HOUSEHOLD (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (case_changed_cb), self, G_CONNECT_SWAPPED);
}

void
bw_case_household_show_case (BwCaseHousehold *self,
                             BwCase          *record)
{
  gint64 id = record ? bw_case_get_id (record) : 0;

  g_return_if_fail (BW_IS_CASE_HOUSEHOLD (self));

  /* A new case has no household yet: it is added once the case is saved. */
  gtk_widget_set_visible (GTK_WIDGET (self), id != 0);
  if (record != NULL && self->closed != (bw_case_get_status (record) == BW_CASE_STATUS_CLOSED))
    {
      self->closed = !self->closed;
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_row), !self->closed);
      if (id == self->case_id)
        refresh (self);
    }
  if (id == self->case_id)
    return;
  self->case_id = id;
  g_free (self->case_uuid);
  self->case_uuid = g_strdup (record ? bw_case_get_uuid (record) : NULL);
  clear_list (self->members_list);
  clear_list (self->of_list);
  gtk_widget_set_visible (GTK_WIDGET (self->members_list), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->of_list), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  /* Never a name typed for one case in another. */
  for (GtkEditable **e = (GtkEditable *[]) { GTK_EDITABLE (self->name_row), GTK_EDITABLE (self->dob_row),
                                             GTK_EDITABLE (self->phone_row), NULL }; *e; e++)
    gtk_editable_set_text (*e, "");
  adw_expander_row_set_expanded (self->add_row, FALSE);
  set_link_choices (self, NULL, NULL);
  refresh (self);
}

static void
bw_case_household_dispose (GObject *object)
{
  BwCaseHousehold *self = BW_CASE_HOUSEHOLD (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->link_timeout, g_source_remove);
  g_clear_object (&self->store);
  g_clear_pointer (&self->case_uuid, g_free);
  g_clear_pointer (&self->link_uuids, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_CASE_HOUSEHOLD);
  G_OBJECT_CLASS (bw_case_household_parent_class)->dispose (object);
}

static void
bw_case_household_class_init (BwCaseHouseholdClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_case_household_dispose;

  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-case-household.ui");
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, members_list);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, of_list);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, add_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, name_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, relation_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, dob_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, phone_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, link_row);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, error_label);
  gtk_widget_class_bind_template_child (widget_class, BwCaseHousehold, add_button);
  gtk_widget_class_bind_template_callback (widget_class, name_changed);
  gtk_widget_class_bind_template_callback (widget_class, of_row_activated);
  gtk_widget_class_install_action (widget_class, "household.add", NULL, add_action);
}

static void
bw_case_household_init (BwCaseHousehold *self)
{
  g_autoptr(GtkStringList) relations = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->link_uuids = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < BW_RELATION_N; i++)
    gtk_string_list_append (relations, bw_relation_label (i));
  adw_combo_row_set_model (self->relation_row, G_LIST_MODEL (relations));
  set_link_choices (self, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
