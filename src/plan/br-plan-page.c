/* br-plan-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-plan-page.h"

/**
 * BrPlanPage:
 *
 * The Plan page. For now it introduces the guide in use: its title, its
 * overview and what it holds. The study dashboard grows here.
 */
struct _BrPlanPage
{
  AdwBin parent_instance;

  BrGuide *guide;

  GtkLabel *title_label;
  GtkLabel *overview_label;
  GtkLabel *contents_label;
};

G_DEFINE_FINAL_TYPE (BrPlanPage, br_plan_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_GUIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (BrPlanPage *self)
{
  g_autofree char *contents = NULL;
  g_autofree char *weeks = NULL;
  g_autofree char *questions = NULL;
  g_autofree char *principles = NULL;
  guint n_questions, n_principles, n_weeks;

  if (self->guide == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->overview_label, "");
      gtk_label_set_label (self->contents_label, "");
      return;
    }

  n_questions = g_list_model_get_n_items (br_guide_get_questions (self->guide));
  n_principles = g_list_model_get_n_items (br_guide_get_principles (self->guide));
  n_weeks = br_guide_get_n_weeks (self->guide);

  weeks = g_strdup_printf (ngettext ("%u-week study plan", "%u-week study plan", n_weeks), n_weeks);
  questions = g_strdup_printf (ngettext ("%u practice question", "%u practice questions", n_questions), n_questions);
  principles = g_strdup_printf (ngettext ("%u leadership principle", "%u leadership principles", n_principles), n_principles);
  /* Translators: the three parts are "12-week study plan", "30 practice questions", "16 leadership principles" */
  contents = g_strdup_printf (_("%s · %s · %s"), weeks, questions, principles);

  gtk_label_set_label (self->title_label, br_guide_get_title (self->guide));
  gtk_label_set_label (self->overview_label, br_guide_get_overview (self->guide));
  gtk_label_set_label (self->contents_label, contents);
}

static void
br_plan_page_dispose (GObject *object)
{
  BrPlanPage *self = BR_PLAN_PAGE (object);

  /* AdwBin owns the template's top widget: release it before the
   * template forgets its children, so it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_PLAN_PAGE);
  g_clear_object (&self->guide);

  G_OBJECT_CLASS (br_plan_page_parent_class)->dispose (object);
}

static void
br_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BrPlanPage *self = BR_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      g_value_set_object (value, self->guide);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BrPlanPage *self = BR_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      br_plan_page_set_guide (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_plan_page_class_init (BrPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_plan_page_dispose;
  object_class->get_property = br_plan_page_get_property;
  object_class->set_property = br_plan_page_set_property;

  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, BR_TYPE_GUIDE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, overview_label);
  gtk_widget_class_bind_template_child (widget_class, BrPlanPage, contents_label);
}

static void
br_plan_page_init (BrPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BrGuide *
br_plan_page_get_guide (BrPlanPage *self)
{
  g_return_val_if_fail (BR_IS_PLAN_PAGE (self), NULL);
  return self->guide;
}

void
br_plan_page_set_guide (BrPlanPage *self,
                        BrGuide    *guide)
{
  g_return_if_fail (BR_IS_PLAN_PAGE (self));
  g_return_if_fail (guide == NULL || BR_IS_GUIDE (guide));

  if (!g_set_object (&self->guide, guide))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUIDE]);
}
