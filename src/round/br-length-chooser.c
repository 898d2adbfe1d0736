/* br-length-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-length-chooser.h"
#include "br-round.h"

/**
 * BrLengthChooser:
 *
 * A round's length, the same wherever it is asked for (the Round page,
 * the start of a practice): two linked toggle buttons for the usual
 * rounds, Phone Screen (45 minutes) and Onsite (60), and a #BrMinutesSpin
 * for any length the guide's phases allow. The toggle of the length shown
 * is pressed; with another length neither is. A preset the range cannot
 * hold is not offered.
 *
 * The toggles are actionable: they activate "length-chooser.length", the
 * property action of #BrLengthChooser:length, whose state presses them.
 */
struct _BrLengthChooser
{
  GtkWidget parent_instance;

  guint length;
  guint min_length;
  guint max_length;
  char *message;

  /* Template widgets */
  GtkWidget *presets;       /* linked box of the two toggles */
  GtkWidget *phone_screen;
  GtkWidget *onsite;
  BrMinutesSpin *spin;
  GtkWidget *unit;
};

G_DEFINE_FINAL_TYPE (BrLengthChooser, br_length_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LENGTH,
  PROP_MIN_LENGTH,
  PROP_MAX_LENGTH,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_presets (BrLengthChooser *self)
{
  gboolean phone = self->min_length <= BR_ROUND_PHONE_SCREEN_LENGTH && BR_ROUND_PHONE_SCREEN_LENGTH <= self->max_length;
  gboolean onsite = self->min_length <= BR_ROUND_ONSITE_LENGTH && BR_ROUND_ONSITE_LENGTH <= self->max_length;

  gtk_widget_set_visible (self->phone_screen, phone);
  gtk_widget_set_visible (self->onsite, onsite);
  gtk_widget_set_visible (self->presets, phone || onsite);
}

/* A number typed outside the range, and what it became */
static void
update_message (BrLengthChooser *self)
{
  const char *typed = br_minutes_spin_get_clamped_from (self->spin);
  char *message = NULL;

  if (typed != NULL)
    /* Translators: a round length typed outside the range, e.g. "You typed 80; a round takes 45 to 70 minutes, so it is 70" */
    message = g_strdup_printf (_("You typed %s; a round takes %u to %u minutes, so it is %u"),
                               typed, self->min_length, self->max_length, self->length);

  if (g_strcmp0 (message, self->message) == 0)
    {
      g_free (message);
      return;
    }
  g_free (self->message);
  self->message = message;
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (br_minutes_spin_get_spin_button (self->spin)),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (br_minutes_spin_get_spin_button (self->spin)),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

static void
spin_value_changed (BrLengthChooser *self)
{
  br_length_chooser_set_length (self, br_minutes_spin_get_value (self->spin));
}

static void
br_length_chooser_dispose (GObject *object)
{
  BrLengthChooser *self = BR_LENGTH_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_LENGTH_CHOOSER);

  G_OBJECT_CLASS (br_length_chooser_parent_class)->dispose (object);
}

static void
br_length_chooser_finalize (GObject *object)
{
  BrLengthChooser *self = BR_LENGTH_CHOOSER (object);

  g_free (self->message);

  G_OBJECT_CLASS (br_length_chooser_parent_class)->finalize (object);
}

static void
br_length_chooser_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BrLengthChooser *self = BR_LENGTH_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;
    case PROP_MIN_LENGTH:
      g_value_set_uint (value, self->min_length);
      break;
    case PROP_MAX_LENGTH:
      g_value_set_uint (value, self->max_length);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_length_chooser_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BrLengthChooser *self = BR_LENGTH_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_LENGTH:
      br_length_chooser_set_length (self, g_value_get_uint (value));
      break;
    case PROP_MIN_LENGTH:
      br_length_chooser_set_range (self, g_value_get_uint (value), MAX (g_value_get_uint (value), self->max_length));
      break;
    case PROP_MAX_LENGTH:
      br_length_chooser_set_range (self, MIN (self->min_length, g_value_get_uint (value)), g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_length_chooser_class_init (BrLengthChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_length_chooser_dispose;
  object_class->finalize = br_length_chooser_finalize;
  object_class->get_property = br_length_chooser_get_property;
  object_class->set_property = br_length_chooser_set_property;

  properties[PROP_LENGTH] =
    g_param_spec_uint ("length", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIN_LENGTH] =
    g_param_spec_uint ("min-length", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_LENGTH] =
    g_param_spec_uint ("max-length", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrLengthChooser:message:
   *
   * Why the length is not the number typed, when one outside the range
   * was brought into it; %NULL otherwise.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "length-chooser.length", "length");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lengthchooser");

  g_type_ensure (BR_TYPE_MINUTES_SPIN);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-length-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, BrLengthChooser, presets);
  gtk_widget_class_bind_template_child (widget_class, BrLengthChooser, phone_screen);
  gtk_widget_class_bind_template_child (widget_class, BrLengthChooser, onsite);
  gtk_widget_class_bind_template_child (widget_class, BrLengthChooser, spin);
  gtk_widget_class_bind_template_child (widget_class, BrLengthChooser, unit);
  gtk_widget_class_bind_template_callback (widget_class, spin_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, update_message);
}

static void
br_length_chooser_init (BrLengthChooser *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->phone_screen), "u", BR_ROUND_PHONE_SCREEN_LENGTH);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->onsite), "u", BR_ROUND_ONSITE_LENGTH);
  br_accessible_set_label (GTK_WIDGET (br_minutes_spin_get_spin_button (self->spin)),
                           _("Round length in minutes"));

  update_presets (self);
}

/**
 * br_length_chooser_new:
 * @min_length: the shortest round, in minutes
 * @max_length: the longest, not below @min_length
 * @length: the length shown, brought within the range
 *
 * Returns: (transfer floating): a new #BrLengthChooser
 */
GtkWidget *
br_length_chooser_new (guint min_length,
                       guint max_length,
                       guint length)
{
  BrLengthChooser *self = g_object_new (BR_TYPE_LENGTH_CHOOSER, NULL);

  br_length_chooser_set_range (self, min_length, max_length);
  br_length_chooser_set_length (self, length);
  return GTK_WIDGET (self);
}

guint
br_length_chooser_get_length (BrLengthChooser *self)
{
  g_return_val_if_fail (BR_IS_LENGTH_CHOOSER (self), 0);
  return self->length;
}

/**
 * br_length_chooser_set_length:
 * @self: a #BrLengthChooser
 * @length: minutes, brought within the range
 *
 * Shows @length, pressing its preset's toggle if it has one.
 */
void
br_length_chooser_set_length (BrLengthChooser *self,
                              guint            length)
{
  g_return_if_fail (BR_IS_LENGTH_CHOOSER (self));

  length = CLAMP (length, self->min_length, self->max_length);
  br_minutes_spin_set_value (self->spin, length);
  if (self->length == length)
    return;
  self->length = length;
  /* The message names the length it became */
  update_message (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LENGTH]);
}

guint
br_length_chooser_get_min_length (BrLengthChooser *self)
{
  g_return_val_if_fail (BR_IS_LENGTH_CHOOSER (self), 0);
  return self->min_length;
}

guint
br_length_chooser_get_max_length (BrLengthChooser *self)
{
  g_return_val_if_fail (BR_IS_LENGTH_CHOOSER (self), 0);
  return self->max_length;
}

/**
 * br_length_chooser_set_range:
 * @self: a #BrLengthChooser
 * @min_length: the shortest round, in minutes
 * @max_length: the longest, not below @min_length
 *
 * Sets the lengths allowed (the sums of the phases' minimum and maximum
 * minutes); the length is brought within them, and a preset outside
 * them is not offered.
 */
void
br_length_chooser_set_range (BrLengthChooser *self,
                             guint            min_length,
                             guint            max_length)
{
  g_return_if_fail (BR_IS_LENGTH_CHOOSER (self));
  g_return_if_fail (min_length <= max_length);

  if (self->min_length == min_length && self->max_length == max_length)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->min_length != min_length)
    {
      self->min_length = min_length;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_LENGTH]);
    }
  if (self->max_length != max_length)
    {
      self->max_length = max_length;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_LENGTH]);
    }
  br_minutes_spin_set_range (self->spin, min_length, max_length);
  br_length_chooser_set_length (self, self->length);
  update_presets (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * br_length_chooser_get_spin:
 * @self: a #BrLengthChooser
 *
 * Returns: (transfer none): the minutes, to make its spin button a row's
 *   activatable widget, or to take in a number typed but not entered
 */
BrMinutesSpin *
br_length_chooser_get_spin (BrLengthChooser *self)
{
  g_return_val_if_fail (BR_IS_LENGTH_CHOOSER (self), NULL);
  return self->spin;
}

/**
 * br_length_chooser_get_message:
 * @self: a #BrLengthChooser
 *
 * Returns: (nullable): why the length is not the number typed, or %NULL
 */
const char *
br_length_chooser_get_message (BrLengthChooser *self)
{
  g_return_val_if_fail (BR_IS_LENGTH_CHOOSER (self), NULL);
  return self->message;
}
