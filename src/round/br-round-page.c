/* br-round-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-round-page.h"

/**
 * BrRoundPage:
 *
 * The Round page. Until the timer lands it shows the phases of a round
 * from the guide, with their minute ranges, and says plainly that the
 * timer is not available yet.
 */
struct _BrRoundPage
{
  AdwBin parent_instance;

  BrGuide *guide;

  GtkListBox *phase_list;
};

G_DEFINE_FINAL_TYPE (BrRoundPage, br_round_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_GUIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_phase_row (gpointer item,
                  gpointer user_data)
{
  BrPhase *phase = item;
  GtkWidget *row;
  GtkWidget *minutes;
  g_autofree char *range = NULL;

  /* Translators: a range of minutes, e.g. "5–10 min" */
  range = g_strdup_printf (_("%u–%u min"), br_phase_get_min_minutes (phase),
                           br_phase_get_max_minutes (phase));

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 br_guide_entry_get_title (BR_GUIDE_ENTRY (phase)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               br_guide_entry_get_description (BR_GUIDE_ENTRY (phase)));
  minutes = gtk_label_new (range);
  gtk_widget_add_css_class (minutes, "numeric");
  gtk_widget_add_css_class (minutes, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), minutes);
  return row;
}

static void
br_round_page_dispose (GObject *object)
{
  BrRoundPage *self = BR_ROUND_PAGE (object);

  /* AdwBin owns the template's top widget: release it before the
   * template forgets its children, so it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_ROUND_PAGE);
  g_clear_object (&self->guide);

  G_OBJECT_CLASS (br_round_page_parent_class)->dispose (object);
}

static void
br_round_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BrRoundPage *self = BR_ROUND_PAGE (object);

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
br_round_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BrRoundPage *self = BR_ROUND_PAGE (object);

  switch (prop_id)
    {
    case PROP_GUIDE:
      br_round_page_set_guide (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_round_page_class_init (BrRoundPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_round_page_dispose;
  object_class->get_property = br_round_page_get_property;
  object_class->set_property = br_round_page_set_property;

  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, BR_TYPE_GUIDE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-round-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, phase_list);
}

static void
br_round_page_init (BrRoundPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BrGuide *
br_round_page_get_guide (BrRoundPage *self)
{
  g_return_val_if_fail (BR_IS_ROUND_PAGE (self), NULL);
  return self->guide;
}

void
br_round_page_set_guide (BrRoundPage *self,
                         BrGuide     *guide)
{
  g_return_if_fail (BR_IS_ROUND_PAGE (self));
  g_return_if_fail (guide == NULL || BR_IS_GUIDE (guide));

  if (!g_set_object (&self->guide, guide))
    return;

  gtk_list_box_bind_model (self->phase_list,
                           guide ? br_guide_get_phases (guide) : NULL,
                           create_phase_row, NULL, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUIDE]);
}
