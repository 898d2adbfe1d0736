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
 * the warning colour at the segment's end. The current phase (the first
 * one before the round starts) is outlined, as the activity chart outlines
 * today. For a screen reader it is a progress bar of the round's minutes
 * whose value text names the current phase.
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
#define GAP 4             /* between segments: room for the outline */
#define RING_OFFSET 2.5f  /* the current phase's outline, around its segment */
#define RING_WIDTH 1.5f
#define RING_ROOM 4       /* for the outline past the bar's ends */

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

/**
 * br_phase_bar_get_current:
 * @self: a #BrPhaseBar
 *
 * Returns: the index of the phase marked as current (the first before the
 *   round starts), or -1 when none is (the round is over, or there is none)
 */
int
br_phase_bar_get_current (BrPhaseBar *self)
{
  g_return_val_if_fail (BR_IS_PHASE_BAR (self), -1);

  if (self->round == NULL || br_round_get_n_phases (self->round) == 0 ||
      br_round_get_state (self->round) == BR_ROUND_FINISHED)
    return -1;
  return (int) br_round_get_current_phase (self->round);
}

/**
 * br_phase_bar_get_segment:
 * @self: a #BrPhaseBar
 * @index: a phase's index
 * @rect: (out): where the phase's segment is, in widget coordinates
 *
 * Returns: %TRUE if the phase has a segment (the bar has a round and room)
 */
gboolean
br_phase_bar_get_segment (BrPhaseBar      *self,
                          guint            index,
                          graphene_rect_t *rect)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n, total = 0;
  double x = RING_ROOM, usable;

  g_return_val_if_fail (BR_IS_PHASE_BAR (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (self->round == NULL || index >= (n = br_round_get_n_phases (self->round)))
    return FALSE;
  for (guint i = 0; i < n; i++)
    total += br_round_get_budget (self->round, i);
  usable = width - 2 * RING_ROOM - GAP * (double) (n - 1);
  if (total == 0 || usable <= 0)
    return FALSE;

  for (guint i = 0; i < index; i++)
    x += usable * br_round_get_budget (self->round, i) / total + GAP;
  graphene_rect_init (rect, x, (height - BAR_HEIGHT) / 2.0f,
                      usable * br_round_get_budget (self->round, index) / total, BAR_HEIGHT);
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    rect->origin.x = width - rect->origin.x - rect->size.width;
  return TRUE;
}

static void
br_phase_bar_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  BrPhaseBar *self = BR_PHASE_BAR (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg, track, accent, warning, outline;
  graphene_rect_t rect;
  int current = br_phase_bar_get_current (self);
  guint n;

  if (self->round == NULL || (n = br_round_get_n_phases (self->round)) == 0)
    return;

  gtk_style_context_get_color (context, &fg);
  track = fg;
  track.alpha *= 0.15f;
  outline = fg;
  outline.alpha *= 0.8f;
  lookup_color (widget, "accent_bg_color", &accent, "#3584e4");
  lookup_color (widget, "warning_bg_color", &warning, "#e5a50a");

  for (guint i = 0; i < n && br_phase_bar_get_segment (self, i, &rect); i++)
    {
      double budget = br_round_get_budget (self->round, i) * (double) BR_USEC_PER_MINUTE;
      double elapsed = br_round_get_phase_elapsed (self->round, i);
      double done = MIN (elapsed / budget, 1.0);

      append_rounded (snapshot, &rect, &track);
      if (rect.size.width * done >= 1.0)
        {
          graphene_rect_t fill = rect;

          fill.size.width *= done;
          if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
            fill.origin.x += rect.size.width - fill.size.width;
          /* Overtime fills the segment in the warning colour */
          append_rounded (snapshot, &fill, elapsed > budget ? &warning : &accent);
        }

      /* The current phase, outlined in the gap around its segment */
      if ((int) i == current)
        {
          GskRoundedRect ring;

          graphene_rect_inset (&rect, -RING_OFFSET, -RING_OFFSET);
          gsk_rounded_rect_init_from_rect (&ring, &rect, rect.size.height / 2);
          gtk_snapshot_append_border (snapshot, &ring,
                                      (float[4]) { RING_WIDTH, RING_WIDTH, RING_WIDTH, RING_WIDTH },
                                      (GdkRGBA[4]) { outline, outline, outline, outline });
        }
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
    *minimum = *natural = BAR_HEIGHT + 2 * RING_ROOM;
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
  if (br_phase_bar_get_current (self) < 0)
    /* Translators: what a screen reader says about the round's progress bar once the round is over */
    text = g_strdup_printf (_("Round over, %.0f of %.0f minutes"), floor (elapsed), length);
  else
    /* Translators: what a screen reader says about the round's progress bar:
     * the current phase's number and name, then the minutes, e.g.
     * "Current phase 2 of 5, High-level design; 12 of 60 minutes" */
    text = g_strdup_printf (_("Current phase %u of %u, %s; %.0f of %.0f minutes"),
                            br_round_get_current_phase (self->round) + 1,
                            br_round_get_n_phases (self->round),
                            br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (self->round, br_round_get_current_phase (self->round)))),
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
  /* Named, not read as "BrPhaseBar"; the value text says which phase */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The round’s phases"),
                                  -1);
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
