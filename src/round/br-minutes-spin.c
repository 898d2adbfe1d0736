/* br-minutes-spin.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-minutes-spin.h"

/**
 * BrMinutesSpin:
 *
 * A whole number of minutes between a lower and an upper bound, in a spin
 * button that changes only by deliberate input: its − and + buttons, the
 * arrow and page keys while it has the focus, or a number typed in. The
 * mouse wheel over it scrolls the page it sits in, as everywhere else,
 * instead of changing the value by accident on the way down the page.
 *
 * A typed number outside the bounds is brought to the nearer bound, and
 * #BrMinutesSpin:clamped-from keeps what was typed until the value next
 * changes, so the page can say why the number is not the one typed.
 */
struct _BrMinutesSpin
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkSpinButton *spin;
  GtkAdjustment *adjustment;

  char *clamped_from;
  gboolean keep_clamp;   /* the next value change is the clamp's own */
};

G_DEFINE_FINAL_TYPE (BrMinutesSpin, br_minutes_spin, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_LOWER,
  PROP_UPPER,
  PROP_CLAMPED_FROM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_clamped_from (BrMinutesSpin *self,
                  const char    *text)
{
  if (g_strcmp0 (self->clamped_from, text) == 0)
    return;
  g_free (self->clamped_from);
  self->clamped_from = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAMPED_FROM]);
}

/* What was typed, read as minutes and kept within the bounds */
static int
spin_input (GtkSpinButton *spin,
            double        *new_value,
            BrMinutesSpin *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  double current = gtk_adjustment_get_value (self->adjustment);
  double lower = gtk_adjustment_get_lower (self->adjustment);
  double upper = gtk_adjustment_get_upper (self->adjustment);
  gint64 typed;

  if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &typed, NULL))
    {
      /* Not a whole number: the value stays as it was */
      *new_value = current;
      return GTK_INPUT_ERROR;
    }

  *new_value = CLAMP ((double) typed, lower, upper);
  if (*new_value != (double) typed)
    {
      set_clamped_from (self, text);
      self->keep_clamp = *new_value != current;
    }
  return TRUE;
}

static void
value_changed (BrMinutesSpin *self)
{
  if (self->keep_clamp)
    self->keep_clamp = FALSE;
  else
    set_clamped_from (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/* GtkSpinButton turns the wheel into steps; without that handler the
 * wheel's events go on up to the scrolled window around it */
static void
ignore_wheel (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GPtrArray) wheels = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      GtkEventController *controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        g_ptr_array_add (wheels, controller);
      else
        g_object_unref (controller);
    }
  for (guint i = 0; i < wheels->len; i++)
    gtk_widget_remove_controller (widget, g_ptr_array_index (wheels, i));
}

static void
br_minutes_spin_dispose (GObject *object)
{
  BrMinutesSpin *self = BR_MINUTES_SPIN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_MINUTES_SPIN);

  G_OBJECT_CLASS (br_minutes_spin_parent_class)->dispose (object);
}

static void
br_minutes_spin_finalize (GObject *object)
{
  BrMinutesSpin *self = BR_MINUTES_SPIN (object);

  g_free (self->clamped_from);

  G_OBJECT_CLASS (br_minutes_spin_parent_class)->finalize (object);
}

static void
br_minutes_spin_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BrMinutesSpin *self = BR_MINUTES_SPIN (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_uint (value, br_minutes_spin_get_value (self));
      break;
    case PROP_LOWER:
      g_value_set_uint (value, br_minutes_spin_get_lower (self));
      break;
    case PROP_UPPER:
      g_value_set_uint (value, br_minutes_spin_get_upper (self));
      break;
    case PROP_CLAMPED_FROM:
      g_value_set_string (value, self->clamped_from);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_minutes_spin_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BrMinutesSpin *self = BR_MINUTES_SPIN (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      br_minutes_spin_set_value (self, g_value_get_uint (value));
      break;
    case PROP_LOWER:
      br_minutes_spin_set_range (self, g_value_get_uint (value), MAX (g_value_get_uint (value),
                                                                     br_minutes_spin_get_upper (self)));
      break;
    case PROP_UPPER:
      br_minutes_spin_set_range (self, MIN (br_minutes_spin_get_lower (self), g_value_get_uint (value)),
                                 g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_minutes_spin_class_init (BrMinutesSpinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_minutes_spin_dispose;
  object_class->finalize = br_minutes_spin_finalize;
  object_class->get_property = br_minutes_spin_get_property;
  object_class->set_property = br_minutes_spin_set_property;

  properties[PROP_VALUE] =
    g_param_spec_uint ("value", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOWER] =
    g_param_spec_uint ("lower", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPPER] =
    g_param_spec_uint ("upper", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrMinutesSpin:clamped-from:
   *
   * The text of a number typed outside the bounds, which became the
   * nearer bound; %NULL once the value changes again, or when the value
   * shown is the one typed.
   */
  properties[PROP_CLAMPED_FROM] =
    g_param_spec_string ("clamped-from", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "minutesspin");

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-minutes-spin.ui");
  gtk_widget_class_bind_template_child (widget_class, BrMinutesSpin, spin);
  gtk_widget_class_bind_template_child (widget_class, BrMinutesSpin, adjustment);
  gtk_widget_class_bind_template_callback (widget_class, spin_input);
  gtk_widget_class_bind_template_callback (widget_class, value_changed);
}

static void
br_minutes_spin_init (BrMinutesSpin *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ignore_wheel (GTK_WIDGET (self->spin));
}

/**
 * br_minutes_spin_new:
 * @lower: the fewest minutes
 * @upper: the most minutes, not below @lower
 * @value: the minutes shown, brought within the bounds
 *
 * Returns: (transfer floating): a new #BrMinutesSpin
 */
GtkWidget *
br_minutes_spin_new (guint lower,
                     guint upper,
                     guint value)
{
  BrMinutesSpin *self = g_object_new (BR_TYPE_MINUTES_SPIN, NULL);

  br_minutes_spin_set_range (self, lower, upper);
  br_minutes_spin_set_value (self, value);
  return GTK_WIDGET (self);
}

guint
br_minutes_spin_get_value (BrMinutesSpin *self)
{
  g_return_val_if_fail (BR_IS_MINUTES_SPIN (self), 0);
  return (guint) gtk_adjustment_get_value (self->adjustment);
}

/**
 * br_minutes_spin_set_value:
 * @self: a #BrMinutesSpin
 * @value: minutes, brought within the bounds
 *
 * Shows @value; what was typed and clamped before is forgotten if the
 * value changes.
 */
void
br_minutes_spin_set_value (BrMinutesSpin *self,
                           guint          value)
{
  g_return_if_fail (BR_IS_MINUTES_SPIN (self));
  gtk_spin_button_set_value (self->spin, value);
}

guint
br_minutes_spin_get_lower (BrMinutesSpin *self)
{
  g_return_val_if_fail (BR_IS_MINUTES_SPIN (self), 0);
  return (guint) gtk_adjustment_get_lower (self->adjustment);
}

guint
br_minutes_spin_get_upper (BrMinutesSpin *self)
{
  g_return_val_if_fail (BR_IS_MINUTES_SPIN (self), 0);
  return (guint) gtk_adjustment_get_upper (self->adjustment);
}

/**
 * br_minutes_spin_set_range:
 * @self: a #BrMinutesSpin
 * @lower: the fewest minutes
 * @upper: the most minutes, not below @lower
 *
 * Sets the bounds; the value is brought within them.
 */
void
br_minutes_spin_set_range (BrMinutesSpin *self,
                           guint          lower,
                           guint          upper)
{
  guint old_lower, old_upper;
  guint value;

  g_return_if_fail (BR_IS_MINUTES_SPIN (self));
  g_return_if_fail (lower <= upper);

  old_lower = br_minutes_spin_get_lower (self);
  old_upper = br_minutes_spin_get_upper (self);
  if (old_lower == lower && old_upper == upper)
    return;

  value = CLAMP (br_minutes_spin_get_value (self), lower, upper);
  g_object_freeze_notify (G_OBJECT (self));
  gtk_adjustment_configure (self->adjustment, value, lower, upper, 1, 5, 0);
  if (old_lower != lower)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOWER]);
  if (old_upper != upper)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPPER]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * br_minutes_spin_get_clamped_from:
 * @self: a #BrMinutesSpin
 *
 * Returns: (nullable): the text of the number typed outside the bounds
 *   that the value was brought in from, or %NULL
 */
const char *
br_minutes_spin_get_clamped_from (BrMinutesSpin *self)
{
  g_return_val_if_fail (BR_IS_MINUTES_SPIN (self), NULL);
  return self->clamped_from;
}

/**
 * br_minutes_spin_update:
 * @self: a #BrMinutesSpin
 *
 * Takes in a number typed but not yet entered (the focus is still in the
 * spin button), as Enter would.
 */
void
br_minutes_spin_update (BrMinutesSpin *self)
{
  g_return_if_fail (BR_IS_MINUTES_SPIN (self));
  gtk_spin_button_update (self->spin);
}

/**
 * br_minutes_spin_get_spin_button:
 * @self: a #BrMinutesSpin
 *
 * Returns: (transfer none): the spin button, the widget that takes the
 *   focus: to name it for screen readers, or to make it a row's
 *   activatable widget
 */
GtkSpinButton *
br_minutes_spin_get_spin_button (BrMinutesSpin *self)
{
  g_return_val_if_fail (BR_IS_MINUTES_SPIN (self), NULL);
  return self->spin;
}
