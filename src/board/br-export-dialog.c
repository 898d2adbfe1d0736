/* br-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-export-dialog.h"
#include "br-folders.h"
#include "br-plain-text.h"

/**
 * BrExportDialog:
 *
 * Asks how to export a board — format, scale, the selection or the whole
 * board, light or dark, with or without a background — shows the size
 * the image will have, then asks where to save it. The options are
 * properties, bound to the rows. Once a file is chosen,
 * br_export_dialog_export_to_file() writes it (tests call it directly)
 * and the dialog reports the outcome with #BrExportDialog::add-toast.
 */
struct _BrExportDialog
{
  AdwWindow parent_instance;

  BrBoard *board;
  GStrv selection;
  char *name;
  guint format;
  guint scale;
  gboolean selection_only;
  gboolean dark;
  gboolean transparent;
  GtkNativeDialog *chooser;
  GFile *board_file;            /* nullable: where the board is saved */

  AdwComboRow *format_row;
  AdwComboRow *scale_row;
  AdwActionRow *selection_row;
  GtkSwitch *selection_switch;
  GtkSwitch *dark_switch;
  GtkSwitch *transparent_switch;
};

G_DEFINE_FINAL_TYPE (BrExportDialog, br_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BOARD,
  PROP_SELECTION,
  PROP_NAME,
  PROP_FORMAT,
  PROP_SCALE,
  PROP_SELECTION_ONLY,
  PROP_DARK,
  PROP_TRANSPARENT,
  N_PROPS
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
has_selection (BrExportDialog *self)
{
  return self->selection != NULL && self->selection[0] != NULL;
}

/**
 * br_export_dialog_get_options:
 * @out: (out caller-allocates): the options; its ids belong to @self
 */
void
br_export_dialog_get_options (BrExportDialog  *self,
                              BrExportOptions *out)
{
  g_return_if_fail (BR_IS_EXPORT_DIALOG (self));

  br_export_options_init (out);
  out->format = self->format;
  out->scale = self->scale;
  out->style = self->dark ? BR_RENDER_DARK : BR_RENDER_LIGHT;
  out->transparent = self->transparent;
  if (self->selection_only && has_selection (self))
    out->ids = (const char * const *) self->selection;
}

/* The size the image will have, or why there can be none */
static void
update_size (BrExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *size = NULL;
  BrExportOptions options;
  int width, height;
  gboolean ok;

  if (self->board == NULL)
    return;
  br_export_dialog_get_options (self, &options);
  ok = br_board_export_get_size (self->board, &options, &width, &height, &error);
  if (ok && options.format == BR_EXPORT_PDF)
    /* Translators: the size of a PDF page */
    size = g_strdup_printf (_("%d × %d points"), width, height);
  else if (ok)
    /* Translators: the size of an image */
    size = g_strdup_printf (_("%d × %d pixels"), width, height);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row), ok ? size : error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", ok);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), options.format == BR_EXPORT_PNG);
}

/* ---------------------------------------------------------------------- */
/* Exporting                                                               */

/* @file, with the format's extension when its name has none we know */
static GFile *
with_extension (BrExportDialog *self,
                GFile          *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = NULL;
  BrExportFormat format;

  if (basename == NULL || parent == NULL || br_export_format_from_filename (basename, &format))
    return g_object_ref (file);
  name = g_strconcat (basename, ".", br_export_format_get_extension (self->format), NULL);
  return g_file_get_child (parent, name);
}

static void
emit_toast (BrExportDialog *self,
            const char     *title)
{
  AdwToast *toast = br_toast_new_plain (title);

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

/**
 * br_export_dialog_export_to_file:
 * @file: where the user chose to save; a name that ends in .png, .svg or
 *   .pdf picks that format, a name without one gets the chosen format's
 *
 * Exports, says how it went with a toast, and closes the dialog when the
 * image is written (it stays open after a failure, to change the options).
 */
gboolean
br_export_dialog_export_to_file (BrExportDialog *self,
                                 GFile          *file)
{
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;
  BrExportOptions options;
  BrExportFormat format;

  g_return_val_if_fail (BR_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  target = with_extension (self, file);
  basename = g_file_get_basename (target);
  if (br_export_format_from_filename (basename, &format) && format != self->format)
    g_object_set (self, "format", (guint) format, NULL);

  br_export_dialog_get_options (self, &options);
  if (!br_board_export_to_file (self->board, target, &options, NULL, &error))
    {
      /* Translators: %s says what went wrong */
      message = g_strdup_printf (_("Could not export: %s"), error->message);
      emit_toast (self, message);
      return FALSE;
    }

  /* Translators: %s is the image's file name */
  message = g_strdup_printf (_("Exported “%s”"), basename);
  emit_toast (self, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  BrExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
  if (file != NULL)
    br_export_dialog_export_to_file (self, file);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BrExportDialog *self = BR_EXPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;
  GtkFileChooserNative *chooser;
  const char *format_names[] = { N_("PNG Images"), N_("SVG Images"), N_("PDF Documents") };

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Board"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _(format_names[self->format]));
  gtk_file_filter_add_mime_type (filter, br_export_format_get_mime_type (self->format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = g_strconcat (self->name, ".", br_export_format_get_extension (self->format), NULL);
  /* Next to the board, else in Pictures: not where the app was started */
  folder = br_default_folder (self->board_file, G_USER_DIRECTORY_PICTURES);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

static gboolean
scale_to_selected (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_uint (from) - 1);
  return TRUE;
}

static gboolean
selected_to_scale (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_uint (to, selected + 1);
  return TRUE;
}

static void
br_export_dialog_constructed (GObject *object)
{
  BrExportDialog *self = BR_EXPORT_DIALOG (object);
  guint n = self->selection ? g_strv_length (self->selection) : 0;
  g_autofree char *subtitle = NULL;

  G_OBJECT_CLASS (br_export_dialog_parent_class)->constructed (object);

  g_object_bind_property (self, "format", self->format_row, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self, "scale", self->scale_row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               scale_to_selected, selected_to_scale, NULL, NULL);
  g_object_bind_property (self, "selection-only", self->selection_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "dark", self->dark_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "transparent", self->transparent_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  if (n > 0)
    subtitle = g_strdup_printf (ngettext ("%u item selected", "%u items selected", n), n);
  adw_action_row_set_subtitle (self->selection_row, n > 0 ? subtitle : _("Nothing is selected"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->selection_row), n > 0);

  /* The options the size depends on */
  g_signal_connect (self, "notify::format", G_CALLBACK (update_size), NULL);
  g_signal_connect (self, "notify::scale", G_CALLBACK (update_size), NULL);
  g_signal_connect (self, "notify::selection-only", G_CALLBACK (update_size), NULL);
  update_size (self);
}

static void
br_export_dialog_dispose (GObject *object)
{
  BrExportDialog *self = BR_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (object), BR_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->board);
  g_clear_object (&self->board_file);

  G_OBJECT_CLASS (br_export_dialog_parent_class)->dispose (object);
}

static void
br_export_dialog_finalize (GObject *object)
{
  BrExportDialog *self = BR_EXPORT_DIALOG (object);

  g_strfreev (self->selection);
  g_free (self->name);

  G_OBJECT_CLASS (br_export_dialog_parent_class)->finalize (object);
}

static void
br_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BrExportDialog *self = BR_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BOARD: g_value_set_object (value, self->board); break;
    case PROP_SELECTION: g_value_set_boxed (value, self->selection); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_FORMAT: g_value_set_uint (value, self->format); break;
    case PROP_SCALE: g_value_set_uint (value, self->scale); break;
    case PROP_SELECTION_ONLY: g_value_set_boolean (value, self->selection_only); break;
    case PROP_DARK: g_value_set_boolean (value, self->dark); break;
    case PROP_TRANSPARENT: g_value_set_boolean (value, self->transparent); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_uint (BrExportDialog *self,
          guint          *field,
          guint           value,
          guint           prop_id)
{
  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

static void
set_boolean (BrExportDialog *self,
             gboolean       *field,
             gboolean        value,
             guint           prop_id)
{
  if (*field != !!value)
    {
      *field = !!value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

static void
br_export_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BrExportDialog *self = BR_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BOARD: self->board = g_value_dup_object (value); break;
    case PROP_SELECTION: self->selection = g_value_dup_boxed (value); break;
    case PROP_NAME: self->name = g_value_dup_string (value); break;
    case PROP_FORMAT: set_uint (self, &self->format, g_value_get_uint (value), prop_id); break;
    case PROP_SCALE: set_uint (self, &self->scale, g_value_get_uint (value), prop_id); break;
    case PROP_SELECTION_ONLY:
      /* Nothing to export without a selection */
      set_boolean (self, &self->selection_only, g_value_get_boolean (value) && has_selection (self), prop_id);
      break;
    case PROP_DARK: set_boolean (self, &self->dark, g_value_get_boolean (value), prop_id); break;
    case PROP_TRANSPARENT: set_boolean (self, &self->transparent, g_value_get_boolean (value), prop_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_export_dialog_class_init (BrExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags option = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = br_export_dialog_constructed;
  object_class->dispose = br_export_dialog_dispose;
  object_class->finalize = br_export_dialog_finalize;
  object_class->get_property = br_export_dialog_get_property;
  object_class->set_property = br_export_dialog_set_property;

  properties[PROP_BOARD] = g_param_spec_object ("board", NULL, NULL, BR_TYPE_BOARD, construct);
  /**
   * BrExportDialog:selection:
   *
   * The ids of the items selected on the canvas, for "Only the Selection".
   */
  properties[PROP_SELECTION] = g_param_spec_boxed ("selection", NULL, NULL, G_TYPE_STRV, construct);
  /**
   * BrExportDialog:name:
   *
   * The file name to suggest, without its extension.
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, construct);
  /**
   * BrExportDialog:format:
   *
   * A #BrExportFormat.
   */
  properties[PROP_FORMAT] = g_param_spec_uint ("format", NULL, NULL, 0, BR_N_EXPORT_FORMATS - 1,
                                               BR_EXPORT_PNG, option);
  properties[PROP_SCALE] = g_param_spec_uint ("scale", NULL, NULL, 1, 3, 2, option);
  /**
   * BrExportDialog:selection-only:
   *
   * Export only the selected items; always %FALSE when none is selected.
   */
  properties[PROP_SELECTION_ONLY] = g_param_spec_boolean ("selection-only", NULL, NULL, FALSE, option);
  properties[PROP_DARK] = g_param_spec_boolean ("dark", NULL, NULL, FALSE, option);
  properties[PROP_TRANSPARENT] = g_param_spec_boolean ("transparent", NULL, NULL, FALSE, option);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrExportDialog::add-toast:
   * @toast: how the export went
   */
  signals[ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BrExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, BrExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, BrExportDialog, selection_row);
  gtk_widget_class_bind_template_child (widget_class, BrExportDialog, selection_switch);
  gtk_widget_class_bind_template_child (widget_class, BrExportDialog, dark_switch);
  gtk_widget_class_bind_template_child (widget_class, BrExportDialog, transparent_switch);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
br_export_dialog_init (BrExportDialog *self)
{
  self->format = BR_EXPORT_PNG;
  self->scale = 2;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * br_export_dialog_new:
 * @selection: (nullable): the ids of the selected items
 * @name: the file name to suggest, without its extension
 */
BrExportDialog *
br_export_dialog_new (BrBoard            *board,
                      const char * const *selection,
                      const char         *name)
{
  g_return_val_if_fail (BR_IS_BOARD (board), NULL);

  return g_object_new (BR_TYPE_EXPORT_DIALOG,
                       "board", board,
                       "selection", selection,
                       "name", name,
                       NULL);
}

/**
 * br_export_dialog_set_board_file:
 * @file: (nullable): the file the board is saved as
 *
 * Exports are offered next to it (else in the user's Pictures folder).
 */
void
br_export_dialog_set_board_file (BrExportDialog *self,
                                 GFile          *file)
{
  g_return_if_fail (BR_IS_EXPORT_DIALOG (self));
  g_set_object (&self->board_file, file);
}
