/* br-review-panel.c — the design review beside the board: the inspector
 * and the findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include <string.h>

#include "br-guide.h"
#include "br-review-panel.h"

/**
 * BrReviewPanel:
 *
 * The side panel of the Whiteboard page that reviews the design: a view
 * switcher between the inspector (#BrInspector) and the findings, what a
 * bar raiser would probe — each with its severity, its message, the
 * interviewer's question, and the leadership principle and round phase it
 * belongs to. Activating a finding selects its items on the canvas and
 * brings them into view. The findings follow the #BrReviewTracker's
 * review (drilled, while a drill is on), and are only built while the
 * panel is shown.
 *
 * During a practice round the window holds the findings back until the
 * round reaches Detailed Design (#BrReviewPanel:findings-held): the panel
 * then says when they will appear, and shows no count, so that the
 * candidate is not coached through the requirements and the high-level
 * design.
 */
struct _BrReviewPanel
{
  GtkBox parent_instance;

  BrCanvas *canvas;
  BrReviewTracker *tracker;
  BrGuide *guide;
  GPtrArray *row_items;        /* the items of each finding's row, in the rows' order */
  gboolean dirty;
  gboolean findings_held;

  /* Template widgets */
  AdwViewStack *stack;
  AdwViewStackPage *findings_page;
  BrInspector *inspector;
  GtkLabel *summary_label;
  GtkListBox *findings_list;
};

G_DEFINE_FINAL_TYPE (BrReviewPanel, br_review_panel, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CANVAS,
  PROP_TRACKER,
  PROP_GUIDE,
  PROP_FINDINGS_HELD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A principle's or a phase's title from the guide, else from its id
 * ("principles/dive-deep": "Dive deep") */
static char *
guide_title (BrReviewPanel *self,
             const char    *id)
{
  BrGuideEntry *entry = self->guide != NULL ? br_guide_lookup (self->guide, id) : NULL;
  const char *slash = strrchr (id, '/');
  char *title;

  if (entry != NULL)
    return g_strdup (br_guide_entry_get_title (entry));
  title = g_strdup (slash != NULL ? slash + 1 : id);
  g_strdelimit (title, "-", ' ');
  title[0] = g_ascii_toupper (title[0]);
  return title;
}

/**
 * br_review_severity_icon_name:
 *
 * Returns: the symbolic icon that shows a finding's severity
 */
const char *
br_review_severity_icon_name (BrReviewSeverity severity)
{
  switch (severity)
    {
    case BR_REVIEW_ERROR: return "dialog-error-symbolic";
    case BR_REVIEW_WARNING: return "dialog-warning-symbolic";
    case BR_REVIEW_INFO:
    default: return "dialog-information-symbolic";
    }
}

/**
 * br_review_severity_label:
 *
 * Returns: a finding's severity as a person reads it, "Warning"
 */
const char *
br_review_severity_label (BrReviewSeverity severity)
{
  switch (severity)
    {
    /* Translators: a finding's severity, read before its message */
    case BR_REVIEW_ERROR: return _("Error");
    case BR_REVIEW_WARNING: return _("Warning");
    case BR_REVIEW_INFO:
    default: return _("Information");
    }
}

static GtkWidget *
finding_row (BrReviewPanel         *self,
             const BrReviewFinding *finding)
{
  BrReviewSeverity severity = br_review_rule_severity (finding->rule);
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *icon = gtk_image_new_from_icon_name (br_review_severity_icon_name (severity));
  g_autofree char *principle = guide_title (self, br_review_rule_principle (finding->rule));
  g_autofree char *phase = guide_title (self, br_review_rule_phase (finding->rule));
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;

  /* Translators: a finding's question, then its leadership principle and round phase */
  subtitle = g_strdup_printf (_("“%s”\n%s · %s"), finding->question, principle, phase);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
  adw_action_row_set_title_lines (row, 0);
  adw_action_row_set_subtitle (row, subtitle);
  adw_action_row_set_subtitle_lines (row, 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), finding->items != NULL && finding->items[0] != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  br_review_severity_label (severity), -1);
  gtk_widget_set_tooltip_text (icon, br_review_severity_label (severity));
  if (severity == BR_REVIEW_ERROR)
    gtk_widget_add_css_class (icon, "error");
  else if (severity == BR_REVIEW_WARNING)
    gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (row, icon);

  /* Translators: what a screen reader says for a finding: "Warning: <message>" */
  name = g_strdup_printf (_("%s: %s"), br_review_severity_label (severity), finding->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_ptr_array_add (self->row_items, g_strdupv (finding->items));
  return GTK_WIDGET (row);
}

static void
update_findings (BrReviewPanel *self)
{
  BrReview *review;
  GtkWidget *child;
  guint n;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  review = self->tracker != NULL ? br_review_tracker_get_review (self->tracker) : NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);
  g_ptr_array_set_size (self->row_items, 0);
  if (self->findings_held)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->findings_list), FALSE);
      gtk_label_set_label (self->summary_label,
                           _("Findings appear when the Detailed Design phase starts. Until then, the requirements and the high-level design are yours to work out."));
      adw_view_stack_page_set_badge_number (self->findings_page, 0);
      adw_view_stack_page_set_needs_attention (self->findings_page, FALSE);
      return;
    }
  n = review != NULL ? br_review_get_n_findings (review) : 0;
  /* Worst first */
  for (int severity = BR_REVIEW_ERROR; severity >= BR_REVIEW_INFO; severity--)
    for (guint i = 0; i < n; i++)
      {
        const BrReviewFinding *finding = br_review_get_finding (review, i);

        if ((int) br_review_rule_severity (finding->rule) == severity)
          gtk_list_box_append (self->findings_list, finding_row (self, finding));
      }

  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), n > 0);
  if (review == NULL || br_review_get_n_nodes (review) == 0)
    gtk_label_set_label (self->summary_label, _("Draw components and arrows, or name shapes after what they are (Postgres, Redis, Kafka…): the review starts with the first component."));
  else if (n == 0)
    gtk_label_set_label (self->summary_label, _("Nothing to probe: the design meets every rule."));
  else
    {
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u finding. Activate one to select what it concerns.",
                                                               "%u findings. Activate one to select what they concern.", n), n);

      gtk_label_set_label (self->summary_label, summary);
    }
  adw_view_stack_page_set_badge_number (self->findings_page, n);
  adw_view_stack_page_set_needs_attention (self->findings_page,
                                           review != NULL && br_review_has_finding (review, BR_REVIEW_ERROR));
}

static void
finding_activated (BrReviewPanel *self,
                   GtkListBoxRow *row)
{
  const char * const *items = br_review_panel_get_row_items (self, row);

  if (self->canvas == NULL || items == NULL || items[0] == NULL)
    return;
  br_canvas_set_selection (self->canvas, items);
  br_canvas_reveal_items (self->canvas, items);
}

static void
br_review_panel_map (GtkWidget *widget)
{
  BrReviewPanel *self = BR_REVIEW_PANEL (widget);

  GTK_WIDGET_CLASS (br_review_panel_parent_class)->map (widget);
  if (self->dirty)
    update_findings (self);
}

static void
br_review_panel_dispose (GObject *object)
{
  BrReviewPanel *self = BR_REVIEW_PANEL (object);

  br_review_panel_set_tracker (self, NULL);
  g_clear_object (&self->canvas);
  g_clear_object (&self->guide);
  g_clear_pointer (&self->row_items, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_REVIEW_PANEL);
  G_OBJECT_CLASS (br_review_panel_parent_class)->dispose (object);
}

static void
br_review_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BrReviewPanel *self = BR_REVIEW_PANEL (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      g_value_set_object (value, self->canvas);
      break;
    case PROP_TRACKER:
      g_value_set_object (value, self->tracker);
      break;
    case PROP_GUIDE:
      g_value_set_object (value, self->guide);
      break;
    case PROP_FINDINGS_HELD:
      g_value_set_boolean (value, self->findings_held);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_review_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BrReviewPanel *self = BR_REVIEW_PANEL (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      br_review_panel_set_canvas (self, g_value_get_object (value));
      break;
    case PROP_TRACKER:
      br_review_panel_set_tracker (self, g_value_get_object (value));
      break;
    case PROP_GUIDE:
      if (g_set_object (&self->guide, g_value_get_object (value)))
        {
          update_findings (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_FINDINGS_HELD:
      br_review_panel_set_findings_held (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_review_panel_class_init (BrReviewPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_review_panel_dispose;
  object_class->get_property = br_review_panel_get_property;
  object_class->set_property = br_review_panel_set_property;
  widget_class->map = br_review_panel_map;

  properties[PROP_CANVAS] =
    g_param_spec_object ("canvas", NULL, NULL, BR_TYPE_CANVAS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRACKER] =
    g_param_spec_object ("tracker", NULL, NULL, BR_TYPE_REVIEW_TRACKER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReviewPanel:guide:
   *
   * Where the findings' principles and phases get their titles.
   */
  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, BR_TYPE_GUIDE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReviewPanel:findings-held:
   *
   * Whether the findings are held back (a practice round before Detailed
   * Design): the panel says when they will appear instead of listing them.
   */
  properties[PROP_FINDINGS_HELD] =
    g_param_spec_boolean ("findings-held", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BR_TYPE_INSPECTOR);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-review-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, BrReviewPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, BrReviewPanel, findings_page);
  gtk_widget_class_bind_template_child (widget_class, BrReviewPanel, inspector);
  gtk_widget_class_bind_template_child (widget_class, BrReviewPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BrReviewPanel, findings_list);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated);
}

static void
br_review_panel_init (BrReviewPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->row_items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->dirty = TRUE;
}

BrCanvas *
br_review_panel_get_canvas (BrReviewPanel *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_PANEL (self), NULL);
  return self->canvas;
}

void
br_review_panel_set_canvas (BrReviewPanel *self,
                            BrCanvas      *canvas)
{
  g_return_if_fail (BR_IS_REVIEW_PANEL (self));

  if (!g_set_object (&self->canvas, canvas))
    return;
  br_inspector_set_canvas (self->inspector, canvas);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANVAS]);
}

BrReviewTracker *
br_review_panel_get_tracker (BrReviewPanel *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_PANEL (self), NULL);
  return self->tracker;
}

void
br_review_panel_set_tracker (BrReviewPanel   *self,
                             BrReviewTracker *tracker)
{
  g_return_if_fail (BR_IS_REVIEW_PANEL (self));

  if (self->tracker == tracker)
    return;
  if (self->tracker != NULL)
    g_signal_handlers_disconnect_by_data (self->tracker, self);
  g_set_object (&self->tracker, tracker);
  if (tracker != NULL)
    g_signal_connect_swapped (tracker, "updated", G_CALLBACK (update_findings), self);
  if (self->inspector != NULL)
    br_inspector_set_tracker (self->inspector, tracker);
  update_findings (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACKER]);
}

/**
 * br_review_panel_get_inspector:
 *
 * Returns: (transfer none): the inspector
 */
BrInspector *
br_review_panel_get_inspector (BrReviewPanel *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_PANEL (self), NULL);
  return self->inspector;
}

/**
 * br_review_panel_get_findings:
 *
 * Returns: (transfer none): the list of findings, one row each, worst first
 */
GtkListBox *
br_review_panel_get_findings (BrReviewPanel *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_PANEL (self), NULL);
  return self->findings_list;
}

gboolean
br_review_panel_get_findings_held (BrReviewPanel *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_PANEL (self), FALSE);
  return self->findings_held;
}

void
br_review_panel_set_findings_held (BrReviewPanel *self,
                                   gboolean       held)
{
  g_return_if_fail (BR_IS_REVIEW_PANEL (self));

  held = !!held;
  if (self->findings_held == held)
    return;
  self->findings_held = held;
  update_findings (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINDINGS_HELD]);
}

/**
 * br_review_panel_get_summary:
 *
 * Returns: (transfer none): the line above the findings: how many there
 *   are, or why there are none to show
 */
GtkLabel *
br_review_panel_get_summary (BrReviewPanel *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_PANEL (self), NULL);
  return self->summary_label;
}

/**
 * br_review_panel_get_row_items:
 * @row: a row of the findings list
 *
 * Returns: (transfer none) (nullable): the ids of the items its finding
 *   concerns, which activating it selects
 */
const char * const *
br_review_panel_get_row_items (BrReviewPanel *self,
                               GtkListBoxRow *row)
{
  int index;

  g_return_val_if_fail (BR_IS_REVIEW_PANEL (self), NULL);
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), NULL);

  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (guint) index >= self->row_items->len)
    return NULL;
  return g_ptr_array_index (self->row_items, index);
}

/**
 * br_review_panel_show_page:
 * @name: "inspector" or "findings"
 */
void
br_review_panel_show_page (BrReviewPanel *self,
                           const char    *name)
{
  g_return_if_fail (BR_IS_REVIEW_PANEL (self));
  adw_view_stack_set_visible_child_name (self->stack, name);
}
