/* br-phase-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "br-phase-bar.h"

/**
 * BrPhaseBar:
 *
 * One bar for the whole round: a segment per phase, as wide as its budget,
 * filled as far as the phase has run. Time past a phase's budget shows in
 * the warning colour at the segment's end. For a screen reader it is a
 * progress bar of the round's minutes.
 */
struct _BrPhaseBar
{
  GtkWidget parent_instance;

  BrRound *round;
  gulong changed_id;
};

G_DEFINE_FINAL_TYPE (BrPhaseBar, br_phase_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ROUND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define BAR_HEIGHT 10
#define GAP 4

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color,
              const char *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
append_rounded (GtkSnapshot          *snapshot,
                const graphene_rect_t *rect,
                const GdkRGBA         *color)
{
  GskRoundedRect rounded;
  float radius = MIN (rect->size.height, rect->size.width) / 2;

  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
br_phase_bar_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  BrPhaseBar *self = BR_PHASE_BAR (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg, track, accent, warning;
  guint n, total = 0;
  double x = 0, usable;
  float y = (height - BAR_HEIGHT) / 2.0f;

  if (self->round == NULL || (n = br_round_get_n_phases (self->round)) == 0)
    return;

  gtk_style_context_get_color (context, &fg);
  track = fg;
  track.alpha *= 0.15f;
  lookup_color (widget, "accent_bg_color", &accent, "#3584e4");
  lookup_color (widget, "warning_bg_color", &warning, "#e5a50a");

  for (guint i = 0; i < n; i++)
    total += br_round_get_budget (self->round, i);
  usable = width - GAP * (double) (n - 1);
  if (total == 0 || usable <= 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      double budget = br_round_get_budget (self->round, i) * (double) BR_USEC_PER_MINUTE;
      double elapsed = br_round_get_phase_elapsed (self->round, i);
      double segment = usable * br_round_get_budget (self->round, i) / total;
      graphene_rect_t rect = GRAPHENE_RECT_INIT (x, y, segment, BAR_HEIGHT);

      append_rounded (snapshot, &rect, &track);
      if (segment * MIN (elapsed / budget, 1.0) >= 1.0)
        {
          double done = MIN (elapsed / budget, 1.0);
          graphene_rect_t fill = GRAPHENE_RECT_INIT (x, y, segment * done, BAR_HEIGHT);

          /* Overtime fills the segment in the warning colour */
          append_rounded (snapshot, &fill, elapsed > budget ? &warning : &accent);
        }
      x += segment + GAP;
    }
}

static void
br_phase_bar_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 480;
    }
  else
    *minimum = *natural = BAR_HEIGHT + 8;
}

/**
 * br_phase_bar_update:
 *
 * Redraws the bar and updates what a screen reader hears. Call it when the
 * time shown changes (on every tick).
 */
void
br_phase_bar_update (BrPhaseBar *self)
{
  double length, elapsed;
  g_autofree char *text = NULL;

  g_return_if_fail (BR_IS_PHASE_BAR (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->round == NULL)
    return;

  length = br_round_get_length (self->round);
  elapsed = br_round_get_elapsed (self->round) / (double) BR_USEC_PER_MINUTE;
  /* Translators: what a screen reader says about the round's progress bar */
  text = g_strdup_printf (_("Phase %u of %u, %.0f of %.0f minutes"),
                          br_round_get_current_phase (self->round) + 1,
                          br_round_get_n_phases (self->round),
                          floor (elapsed), length);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, length,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, MIN (elapsed, length),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
br_phase_bar_dispose (GObject *object)
{
  BrPhaseBar *self = BR_PHASE_BAR (object);

  if (self->round != NULL)
    g_clear_signal_handler (&self->changed_id, self->round);
  g_clear_object (&self->round);

  G_OBJECT_CLASS (br_phase_bar_parent_class)->dispose (object);
}

static void
br_phase_bar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BrPhaseBar *self = BR_PHASE_BAR (object);

  switch (prop_id)
    {
    case PROP_ROUND:
      g_value_set_object (value, self->round);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_phase_bar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BrPhaseBar *self = BR_PHASE_BAR (object);

  switch (prop_id)
    {
    case PROP_ROUND:
      br_phase_bar_set_round (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_phase_bar_class_init (BrPhaseBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_phase_bar_dispose;
  object_class->get_property = br_phase_bar_get_property;
  object_class->set_property = br_phase_bar_set_property;

  widget_class->snapshot = br_phase_bar_snapshot;
  widget_class->measure = br_phase_bar_measure;

  properties[PROP_ROUND] =
    g_param_spec_object ("round", NULL, NULL, BR_TYPE_ROUND,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "phasebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
br_phase_bar_init (BrPhaseBar *self)
{
}

GtkWidget *
br_phase_bar_new (void)
{
  return g_object_new (BR_TYPE_PHASE_BAR, NULL);
}

BrRound *
br_phase_bar_get_round (BrPhaseBar *self)
{
  g_return_val_if_fail (BR_IS_PHASE_BAR (self), NULL);
  return self->round;
}

void
br_phase_bar_set_round (BrPhaseBar *self,
                        BrRound    *round)
{
  g_return_if_fail (BR_IS_PHASE_BAR (self));
  g_return_if_fail (round == NULL || BR_IS_ROUND (round));

  if (self->round == round)
    return;

  if (self->round != NULL)
    g_clear_signal_handler (&self->changed_id, self->round);
  g_set_object (&self->round, round);
  if (round != NULL)
    self->changed_id = g_signal_connect_swapped (round, "changed",
                                                 G_CALLBACK (br_phase_bar_update), self);
  br_phase_bar_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
}
