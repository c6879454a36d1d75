/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-app-cases"
#include "config.h"

#include <glib/gi18n.h>

#include "bw-attachment-list.h"
#include "bw-attachment-open.h"
#include "bw-case-store-attachments.h"
#include "bw-case-store-sharing.h"
#include "bw-date.h"
#include "bw-share.h"

struct _BwAttachmentList
{
  AdwPreferencesGroup parent_instance;

  BwCaseStore *store;
  GCancellable *cancellable;
  gint64 case_id;
  guint generation;          /* of the latest read: older answers are dropped */
  GListModel *attachments;
  GListModel *shares;

  GtkListBox *list;
  GtkWidget *add_button;
};

G_DEFINE_FINAL_TYPE (BwAttachmentList, bw_attachment_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (BwAttachmentList *self,
       const char       *text)
{
  g_signal_emit (self, signals[SHOW_TOAST], 0, adw_toast_new (text));
}

/* Reading */

typedef struct {
  BwAttachmentList *self;
  gint64 case_id;
  guint generation;
  GListModel *attachments;
  GListModel *shares;
} Read;

static void
read_free (Read *r)
{
  g_clear_object (&r->self);
  g_clear_object (&r->attachments);
  g_clear_object (&r->shares);
  g_free (r);
}

static gpointer
read_job (BwCaseStore  *store,
          gpointer      data,
          GError      **error)
{
  Read *r = data;

  r->attachments = bw_case_store_list_attachments (store, r->case_id);
  r->shares = bw_case_store_list_shares (store, r->case_id);
  return r;
}

static const char *
kind_label (const char *media_type)
{
  if (g_strcmp0 (media_type, "image/jpeg") == 0)
    return _("JPEG image");
  if (g_strcmp0 (media_type, "image/png") == 0)
    return _("PNG image");
  return _("PDF document");
}

static BwShare *
find_share (BwAttachmentList *self,
            const char       *uuid)
{
  for (guint i = 0; uuid != NULL && self->shares && i < g_list_model_get_n_items (self->shares); i++)
    {
      g_autoptr(BwShare) share = g_list_model_get_item (self->shares, i);

      if (g_strcmp0 (bw_share_get_uuid (share), uuid) == 0)
        return share;
    }
  return NULL;
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

/* The part a file belongs to, chosen in its row: "none" first, then the
 * parts in BwSharePart order. */
static void
part_chosen_cb (GtkDropDown *dropdown,
                GParamSpec  *pspec,
                gpointer     user_data)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dropdown), "attachment-id"));
  const char *part = selected == 0 || selected == GTK_INVALID_LIST_POSITION
    ? "none" : bw_share_part_to_key (selected - 1);

  gtk_widget_activate_action (GTK_WIDGET (dropdown), "attachments.set-part", "(xs)", id, part);
}

static GtkWidget *
part_dropdown (BwAttachment *attachment)
{
  GtkStringList *parts = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  BwSharePart part;
  guint selected = 0;

  gtk_string_list_append (parts, _("Not for partners"));
  for (int i = 0; i < BW_SHARE_PART_N; i++)
    gtk_string_list_append (parts, bw_share_part_to_label (i));
  if (bw_share_part_from_key (bw_attachment_get_part (attachment), &part))
    selected = part + 1;
  dropdown = gtk_drop_down_new (G_LIST_MODEL (parts), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_tooltip_text (dropdown, _("A partner may open it when the share includes this part"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Part of the case it belongs to"), -1);
  g_object_set_data (G_OBJECT (dropdown), "attachment-id", GSIZE_TO_POINTER (bw_attachment_get_id (attachment)));
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (part_chosen_cb), NULL);
  return dropdown;
}

static GtkWidget *
attachment_row (BwAttachmentList *self,
                BwAttachment     *attachment)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *size = bw_attachment_format_size (bw_attachment_get_size (attachment));
  g_autofree char *added = bw_date_timestamp_to_display (bw_attachment_get_created_at (attachment));
  g_autoptr(GString) subtitle = g_string_new (kind_label (bw_attachment_get_media_type (attachment)));
  g_autofree char *open_label = g_strdup_printf (_("Open %s"), bw_attachment_get_file_name (attachment));
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), bw_attachment_get_file_name (attachment));
  BwShare *share = find_share (self, bw_attachment_get_share_uuid (attachment));

  g_string_append_printf (subtitle, " · %s", size);
  if (added != NULL)
    g_string_append_printf (subtitle, " · %s", added);
  if (bw_attachment_get_created_by (attachment) != NULL)
    g_string_append_printf (subtitle, " · %s", bw_attachment_get_created_by (attachment));
  if (share != NULL)
    {
      g_string_append_c (subtitle, '\n');
      g_string_append_printf (subtitle, _("Signed consent form for %s"),
                              bw_organisation_to_label (bw_share_get_organisation (share)));
    }
  if (bw_attachment_get_description (attachment) != NULL)
    g_string_append_printf (subtitle, "\n%s", bw_attachment_get_description (attachment));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bw_attachment_get_file_name (attachment));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name (g_str_has_prefix (bw_attachment_get_media_type (attachment),
                                                                            "image/")
                                                           ? "image-x-generic-symbolic" : "x-office-document-symbolic"));
  /* A consent form goes with its share; another file with a part. */
  if (share == NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), part_dropdown (attachment));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-open-symbolic", open_label, "attachments.open",
                                          g_variant_new_string (bw_attachment_get_uuid (attachment))));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("user-trash-symbolic", remove_label, "attachments.remove",
                                          g_variant_new_int64 (bw_attachment_get_id (attachment))));
  gtk_widget_set_name (row, bw_attachment_get_uuid (attachment));
  return row;
}

/* An active share whose consent form is not attached yet. */
static GtkWidget *
missing_form_row (BwShare *share)
{
  GtkWidget *row = adw_action_row_new ();
  const char *organisation = bw_organisation_to_label (bw_share_get_organisation (share));
  g_autofree char *title = g_strdup_printf (_("Signed consent form for %s"), organisation);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Attach…"));
  g_autofree char *label = g_strdup_printf (_("Attach the signed consent form for %s"), organisation);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not attached yet"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("mail-attachment-symbolic"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "attachments.add-consent");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (bw_share_get_uuid (share)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  gtk_widget_set_name (row, bw_share_get_uuid (share));
  return row;
}

static void
fill (BwAttachmentList *self)
{
  g_autofree char *today = bw_date_today ();
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; self->shares && i < g_list_model_get_n_items (self->shares); i++)
    {
      g_autoptr(BwShare) share = g_list_model_get_item (self->shares, i);
      gboolean has_form = FALSE;

      if (!bw_share_is_active (share, today))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (self->attachments); j++)
        {
          g_autoptr(BwAttachment) a = g_list_model_get_item (self->attachments, j);

          has_form |= g_strcmp0 (bw_attachment_get_share_uuid (a), bw_share_get_uuid (share)) == 0;
        }
      if (!has_form)
        {
          gtk_list_box_append (self->list, missing_form_row (share));
          shown++;
        }
    }
  for (guint i = 0; self->attachments && i < g_list_model_get_n_items (self->attachments); i++)
    {
      g_autoptr(BwAttachment) a = g_list_model_get_item (self->attachments, i);

      gtk_list_box_append (self->list, attachment_row (self, a));
      shown++;
    }
  if (shown == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No attachments"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->list, row);
    }
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Read *r = user_data;
  BwAttachmentList *self = r->self;
  g_autoptr(GError) error = NULL;

  bw_case_store_read_finish (BW_CASE_STORE (source), result, &error);
  if (error != NULL || r->generation != self->generation)
    return;
  g_set_object (&self->attachments, r->attachments);
  g_set_object (&self->shares, r->shares);
  fill (self);
}

static void
reload (BwAttachmentList *self)
{
  Read *r;

  self->generation++;
  if (self->store == NULL || self->case_id == 0)
    {
      g_clear_object (&self->attachments);
      g_clear_object (&self->shares);
      fill (self);
      return;
    }
  r = g_new0 (Read, 1);
  r->self = g_object_ref (self);
  r->case_id = self->case_id;
  r->generation = self->generation;
  bw_case_store_read_async (self->store, read_job, r, (GDestroyNotify) read_free, self->cancellable, read_cb, r);
}

static void
case_changed_cb (BwAttachmentList *self,
                 gint64            case_id,
                 BwCaseStore      *store)
{
  if (self->case_id != 0 && (case_id == 0 || case_id == self->case_id))
    reload (self);
}

/* Adding */

typedef struct {
  gint64 case_id;
  GFile *file;
  char *share_uuid;
} Add;

static void
add_free (Add *a)
{
  g_clear_object (&a->file);
  g_free (a->share_uuid);
  g_free (a);
}

static gboolean
add_job (BwCaseStore  *store,
         gpointer      data,
         GError      **error)
{
  Add *a = data;

  return bw_case_store_add_attachment_file (store, a->case_id, a->file, a->share_uuid, NULL, error) > 0;
}

static void
added_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(BwAttachmentList) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    {
      /* The file was refused as it is (a program, too large, damaged):
       * nothing was stored. */
      toast (self, error->message);
      return;
    }
  toast (self, _("Attachment added"));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  BwAttachmentList *self = user_data;
  g_autoptr(GFile) file = NULL;
  Add *a;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && self->store != NULL && self->case_id != 0)
    {
      a = g_new0 (Add, 1);
      a->case_id = self->case_id;
      a->file = g_steal_pointer (&file);
      a->share_uuid = g_strdup (g_object_get_data (G_OBJECT (chooser), "share-uuid"));
      bw_case_store_write_async (self->store, add_job, a, (GDestroyNotify) add_free, NULL, added_cb,
                                 g_object_ref (self));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_file (BwAttachmentList *self,
             const char       *share_uuid)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (share_uuid ? _("Attach Signed Consent Form") : _("Add Attachment"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* What is offered; the bytes decide what is taken. */
  gtk_file_filter_set_name (filter, _("PDF, JPEG and PNG files"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "share-uuid", g_strdup (share_uuid), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  choose_file (BW_ATTACHMENT_LIST (widget), NULL);
}

static void
add_consent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_file (BW_ATTACHMENT_LIST (widget), g_variant_get_string (parameter, NULL));
}

/* Opening */

typedef struct {
  BwAttachmentList *self;
  char *uuid;
  char *file_name;
  char *media_type;
  GBytes *bytes;
} Opening;

static void
opening_free (Opening *o)
{
  g_clear_object (&o->self);
  g_free (o->uuid);
  g_free (o->file_name);
  g_free (o->media_type);
  g_clear_pointer (&o->bytes, g_bytes_unref);
  g_free (o);
}

static gpointer
read_bytes_job (BwCaseStore  *store,
                gpointer      data,
                GError      **error)
{
  Opening *o = data;

  o->bytes = bw_case_store_read_attachment (store, o->uuid, error);
  return o->bytes != NULL ? o : NULL;
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BwAttachmentList) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bw_attachment_open_finish (result, &error);

  if (path == NULL)
    toast (self, error->message);
}

static void
bytes_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Opening *o = user_data;
  g_autoptr(GError) error = NULL;

  if (bw_case_store_read_finish (BW_CASE_STORE (source), result, &error) == NULL)
    {
      toast (o->self, error ? error->message : _("This attachment cannot be opened"));
      return;
    }
  bw_attachment_open_async (GTK_WIDGET (o->self), o->bytes, o->file_name, o->media_type, opened_cb,
                            g_object_ref (o->self));
}

static BwAttachment *
find_attachment (BwAttachmentList *self,
                 const char       *uuid,
                 gint64            id)
{
  for (guint i = 0; self->attachments && i < g_list_model_get_n_items (self->attachments); i++)
    {
      g_autoptr(BwAttachment) a = g_list_model_get_item (self->attachments, i);

      if ((uuid != NULL && g_strcmp0 (bw_attachment_get_uuid (a), uuid) == 0) ||
          (uuid == NULL && bw_attachment_get_id (a) == id))
        return a;
    }
  return NULL;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BwAttachmentList *self = BW_ATTACHMENT_LIST (widget);
  BwAttachment *a = find_attachment (self, g_variant_get_string (parameter, NULL), 0);
  Opening *o;

  if (a == NULL || self->store == NULL)
    return;
  o = g_new0 (Opening, 1);
  o->self = g_object_ref (self);
  o->uuid = g_strdup (bw_attachment_get_uuid (a));
  o->file_name = g_strdup (bw_attachment_get_file_name (a));
  o->media_type = g_strdup (bw_attachment_get_media_type (a));
  bw_case_store_read_async (self->store, read_bytes_job, o, (GDestroyNotify) opening_free, NULL, bytes_read_cb, o);
}

/* The part */

typedef struct {
  gint64 id;
  char *part;
} SetPart;

static void
set_part_free (SetPart *s)
{
  g_free (s->part);
  g_free (s);
}

static gboolean
set_part_job (BwCaseStore  *store,
              gpointer      data,
              GError      **error)
{
  SetPart *s = data;

  return bw_case_store_set_attachment_part (store, s->id, s->part, error);
}

static void
part_set_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(BwAttachmentList) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    toast (self, error->message);
}

static void
set_part_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BwAttachmentList *self = BW_ATTACHMENT_LIST (widget);
  SetPart *s;

  if (self->store == NULL)
    return;
  s = g_new0 (SetPart, 1);
  g_variant_get (parameter, "(xs)", &s->id, &s->part);
  bw_case_store_write_async (self->store, set_part_job, s, (GDestroyNotify) set_part_free, NULL, part_set_cb,
                             g_object_ref (self));
}

/* Removing */

static gboolean
remove_job (BwCaseStore  *store,
            gpointer      data,
            GError      **error)
{
  return bw_case_store_remove_attachment (store, *(gint64 *) data, error);
}

static void
removed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BwAttachmentList) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bw_case_store_write_finish (BW_CASE_STORE (source), result, &error))
    toast (self, error->message);
  else
    toast (self, _("Attachment removed"));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BwAttachmentList *self = BW_ATTACHMENT_LIST (widget);
  gint64 *id;

  if (self->store == NULL)
    return;
  id = g_new (gint64, 1);
  *id = g_variant_get_int64 (parameter);
  bw_case_store_write_async (self->store, remove_job, id, g_free, NULL, removed_cb, g_object_ref (self));
}

void
bw_attachment_list_set_store (BwAttachmentList *self,
                              BwCaseStore      *store)
{
  g_return_if_fail (BW_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "case-changed", G_CALLBACK (case_changed_cb), self, G_CONNECT_SWAPPED);
}

void
bw_attachment_list_show_case (BwAttachmentList *self,
                              gint64            case_id)
{
  g_return_if_fail (BW_IS_ATTACHMENT_LIST (self));

  self->case_id = case_id;
  gtk_widget_set_visible (GTK_WIDGET (self), case_id != 0);
  reload (self);
}

static void
bw_attachment_list_dispose (GObject *object)
{
  BwAttachmentList *self = BW_ATTACHMENT_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->attachments);
  g_clear_object (&self->shares);
  gtk_widget_dispose_template (GTK_WIDGET (self), BW_TYPE_ATTACHMENT_LIST);
  G_OBJECT_CLASS (bw_attachment_list_parent_class)->dispose (object);
}

static void
bw_attachment_list_class_init (BwAttachmentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bw_attachment_list_dispose;

  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/heerlen/Buurtwerk/ui/bw-attachment-list.ui");
  gtk_widget_class_bind_template_child (widget_class, BwAttachmentList, list);
  gtk_widget_class_bind_template_child (widget_class, BwAttachmentList, add_button);

  gtk_widget_class_install_action (widget_class, "attachments.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "attachments.add-consent", "s", add_consent_action);
  gtk_widget_class_install_action (widget_class, "attachments.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "attachments.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "attachments.set-part", "(xs)", set_part_action);
}

static void
bw_attachment_list_init (BwAttachmentList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  fill (self);
}
