/* br-replay-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n.h>

#include "br-replay-timeline.h"

/**
 * BrReplayTimeline:
 *
 * Drawn under the replay's scrubber and lined up with its trough: a strip
 * with a segment per phase of the round, each named in the space it takes
 * (the name shortened with an ellipsis when the phase is short, left out
 * when there is no room; its tooltip still says it), and the stretches
 * without a change shaded in the warning color over it. The tooltip at a
 * point names the phase and, in an idle stretch, how long it lasted.
 *
 * Labels on the scale's own marks overlap as soon as phases are short or
 * idle stretches are close together; this band never does.
 */

#define STRIP_HEIGHT 6.0
#define GAP          3.0

typedef struct {
  gint64 start;
  char *name;
} Phase;

struct _BrReplayTimeline
{
  GtkWidget parent_instance;

  GtkRange *scale;          /* weak */
  gint64 duration;
  GArray *phases;           /* Phase */
  GArray *idle;             /* BrRecordingIdle */
  char *description;        /* what describe_at() returned last */
};

G_DEFINE_FINAL_TYPE (BrReplayTimeline, br_replay_timeline, GTK_TYPE_WIDGET)

static void
phase_clear (Phase *phase)
{
  g_clear_pointer (&phase->name, g_free);
}

/* "4:30": minutes and seconds */
static char *
format_length (gint64 ms)
{
  gint64 seconds = MAX (ms, 0) / 1000;

  return g_strdup_printf ("%u:%02u", (guint) (seconds / 60), (guint) (seconds % 60));
}

/* Where the scale's trough is, across this widget: x of time 0 and width */
static gboolean
get_track (BrReplayTimeline *self,
           double           *x,
           double           *width)
{
  GtkWidget *trough = NULL;
  graphene_rect_t bounds;

  if (self->scale != NULL)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->scale)); child;
         child = gtk_widget_get_next_sibling (child))
      if (g_strcmp0 (gtk_widget_get_css_name (child), "trough") == 0)
        trough = child;

  if (trough != NULL && gtk_widget_compute_bounds (trough, GTK_WIDGET (self), &bounds) &&
      bounds.size.width > 1)
    {
      *x = bounds.origin.x;
      *width = bounds.size.width;
    }
  else
    {
      *x = 0;
      *width = gtk_widget_get_width (GTK_WIDGET (self));
    }
  return *width > 1 && self->duration > 0;
}

static double
time_to_x (BrReplayTimeline *self,
           double            track_x,
           double            track_width,
           gint64            time)
{
  return track_x + track_width * CLAMP ((double) time / self->duration, 0.0, 1.0);
}

static gint64
phase_end (BrReplayTimeline *self,
           guint             index)
{
  return index + 1 < self->phases->len ? g_array_index (self->phases, Phase, index + 1).start : self->duration;
}

static void
br_replay_timeline_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  BrReplayTimeline *self = BR_REPLAY_TIMELINE (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  double track_x, track_width;
  GdkRGBA color, tint, idle_color;

  if (!get_track (self, &track_x, &track_width))
    return;

  gtk_style_context_get_color (style, &color);
  if (!gtk_style_context_lookup_color (style, "warning_color", &idle_color))
    gdk_rgba_parse (&idle_color, "#c88800");
  idle_color.alpha = 0.6;

  /* A segment per phase, every other one a shade darker */
  for (guint i = 0; i < self->phases->len; i++)
    {
      const Phase *phase = &g_array_index (self->phases, Phase, i);
      double x0 = time_to_x (self, track_x, track_width, phase->start);
      double x1 = time_to_x (self, track_x, track_width, phase_end (self, i));

      tint = color;
      tint.alpha = i % 2 == 0 ? 0.12 : 0.24;
      gtk_snapshot_append_color (snapshot, &tint, &GRAPHENE_RECT_INIT (x0, 0, MAX (x1 - x0, 0), STRIP_HEIGHT));
      /* The boundary */
      if (i > 0)
        {
          tint.alpha = 0.6;
          gtk_snapshot_append_color (snapshot, &tint, &GRAPHENE_RECT_INIT (x0 - 0.5, 0, 1, STRIP_HEIGHT + GAP));
        }

      if (phase->name != NULL && x1 - x0 > 24)
        {
          PangoLayout *layout = gtk_widget_create_pango_layout (widget, phase->name);
          int text_width, text_height;

          pango_layout_set_width (layout, (int) ((x1 - x0 - 6) * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_get_pixel_size (layout, &text_width, &text_height);
          tint = color;
          tint.alpha = 0.75;
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) (x0 + (x1 - x0 - text_width) / 2),
                                                                  (float) (STRIP_HEIGHT + GAP)));
          gtk_snapshot_append_layout (snapshot, layout, &tint);
          gtk_snapshot_restore (snapshot);
          g_object_unref (layout);
        }
    }
  if (self->phases->len == 0)
    {
      tint = color;
      tint.alpha = 0.12;
      gtk_snapshot_append_color (snapshot, &tint, &GRAPHENE_RECT_INIT (track_x, 0, track_width, STRIP_HEIGHT));
    }

  /* The stretches without a change, over the strip */
  for (guint i = 0; i < self->idle->len; i++)
    {
      const BrRecordingIdle *stretch = &g_array_index (self->idle, BrRecordingIdle, i);
      double x0 = time_to_x (self, track_x, track_width, stretch->start);
      double x1 = time_to_x (self, track_x, track_width, stretch->end);

      gtk_snapshot_append_color (snapshot, &idle_color,
                                 &GRAPHENE_RECT_INIT (x0, 0, MAX (x1 - x0, 2), STRIP_HEIGHT));
    }
}

static void
br_replay_timeline_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (widget, "Hg");
      int text_height;

      pango_layout_get_pixel_size (layout, NULL, &text_height);
      g_object_unref (layout);
      *minimum = *natural = (int) (STRIP_HEIGHT + GAP) + text_height;
    }
  else
    *minimum = *natural = 0;
}

/* The phase, and the idle stretch if any, at a point of the band */
static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip)
{
  BrReplayTimeline *self = BR_REPLAY_TIMELINE (widget);
  double track_x, track_width;
  const char *text;

  if (keyboard || !get_track (self, &track_x, &track_width) || x < track_x || x > track_x + track_width)
    return FALSE;
  text = br_replay_timeline_describe_at (self, (gint64) ((x - track_x) / track_width * self->duration));
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
br_replay_timeline_finalize (GObject *object)
{
  BrReplayTimeline *self = BR_REPLAY_TIMELINE (object);

  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->idle, g_array_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (br_replay_timeline_parent_class)->finalize (object);
}

static void
br_replay_timeline_dispose (GObject *object)
{
  BrReplayTimeline *self = BR_REPLAY_TIMELINE (object);

  if (self->scale != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->scale), (gpointer *) &self->scale);
  self->scale = NULL;

  G_OBJECT_CLASS (br_replay_timeline_parent_class)->dispose (object);
}

static void
br_replay_timeline_class_init (BrReplayTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_replay_timeline_dispose;
  object_class->finalize = br_replay_timeline_finalize;
  widget_class->snapshot = br_replay_timeline_snapshot;
  widget_class->measure = br_replay_timeline_measure;
  widget_class->query_tooltip = query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "replaytimeline");
  /* What it shows is on the phase menu and in the phase label; to a
   * screen reader it is a picture with a description */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
br_replay_timeline_init (BrReplayTimeline *self)
{
  self->phases = g_array_new (FALSE, TRUE, sizeof (Phase));
  g_array_set_clear_func (self->phases, (GDestroyNotify) phase_clear);
  self->idle = g_array_new (FALSE, FALSE, sizeof (BrRecordingIdle));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/**
 * br_replay_timeline_new:
 *
 * Returns: (transfer floating): an empty band
 */
GtkWidget *
br_replay_timeline_new (void)
{
  return g_object_new (BR_TYPE_REPLAY_TIMELINE, NULL);
}

/**
 * br_replay_timeline_set_scale:
 * @scale: (nullable): the scrubber whose trough the band lines up with
 */
void
br_replay_timeline_set_scale (BrReplayTimeline *self,
                              GtkRange         *scale)
{
  g_return_if_fail (BR_IS_REPLAY_TIMELINE (self));
  g_return_if_fail (scale == NULL || GTK_IS_RANGE (scale));

  if (self->scale != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->scale), (gpointer *) &self->scale);
  self->scale = scale;
  if (scale != NULL)
    g_object_add_weak_pointer (G_OBJECT (scale), (gpointer *) &self->scale);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * br_replay_timeline_set_content:
 * @duration: the recording's length, in ms
 * @phase_starts: (array length=n_phases): where each phase starts, ascending
 * @phase_names: (array length=n_phases): their names
 * @idle: (element-type BrRecordingIdle) (nullable): the stretches to shade
 */
void
br_replay_timeline_set_content (BrReplayTimeline    *self,
                                gint64               duration,
                                const gint64        *phase_starts,
                                const char * const  *phase_names,
                                guint                n_phases,
                                GArray              *idle)
{
  g_autofree char *summary = NULL;
  GString *description = g_string_new (NULL);

  g_return_if_fail (BR_IS_REPLAY_TIMELINE (self));
  g_return_if_fail (n_phases == 0 || (phase_starts != NULL && phase_names != NULL));

  self->duration = MAX (duration, 0);
  g_array_set_size (self->phases, 0);
  for (guint i = 0; i < n_phases; i++)
    {
      Phase phase = { phase_starts[i], g_strdup (phase_names[i]) };

      g_array_append_val (self->phases, phase);
      if (i > 0)
        g_string_append (description, ", ");
      g_string_append (description, phase_names[i]);
    }
  g_array_set_size (self->idle, 0);
  if (idle != NULL)
    g_array_append_vals (self->idle, idle->data, idle->len);

  /* Translators: the replay's time line to a screen reader: its phases,
   * then how many stretches without a change it marks */
  summary = g_strdup_printf (ngettext ("Phases: %s. %u stretch without a change is marked.",
                                       "Phases: %s. %u stretches without a change are marked.",
                                       self->idle->len),
                             description->str, self->idle->len);
  g_string_free (description, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time line of the round"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
br_replay_timeline_get_n_phases (BrReplayTimeline *self)
{
  g_return_val_if_fail (BR_IS_REPLAY_TIMELINE (self), 0);
  return self->phases->len;
}

/**
 * br_replay_timeline_describe_at:
 * @time: in ms from the start
 *
 * Returns: (nullable): what the band's tooltip says at @time: the phase,
 *   and in an idle stretch, how long nothing changed; %NULL when there is
 *   nothing to say
 */
const char *
br_replay_timeline_describe_at (BrReplayTimeline *self,
                                gint64            time)
{
  const char *phase = NULL;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (BR_IS_REPLAY_TIMELINE (self), NULL);

  for (guint i = 0; i < self->phases->len; i++)
    if (g_array_index (self->phases, Phase, i).start <= time)
      phase = g_array_index (self->phases, Phase, i).name;
  if (phase != NULL)
    g_string_append (text, phase);

  for (guint i = 0; i < self->idle->len; i++)
    {
      const BrRecordingIdle *stretch = &g_array_index (self->idle, BrRecordingIdle, i);

      if (stretch->start <= time && time < stretch->end)
        {
          g_autofree char *length = format_length (stretch->end - stretch->start);
          g_autofree char *from = format_length (stretch->start);

          if (text->len > 0)
            g_string_append (text, "\n");
          /* Translators: on the replay's time line, "No change for 4:30, from 12:05" */
          g_string_append_printf (text, _("No change for %s, from %s"), length, from);
          break;
        }
    }

  g_free (self->description);
  self->description = text->len > 0 ? g_string_free (text, FALSE) : (g_string_free (text, TRUE), NULL);
  return self->description;
}
