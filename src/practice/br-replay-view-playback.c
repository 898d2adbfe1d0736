/* br-replay-view-playback.c — the replay's playback on the frame clock,
 * its steps and jumps, its keys, and its window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n.h>

#include "br-replay-summary.h"
#include "br-replay-view-private.h"

/* Playback ------------------------------------------------------------------ */

gboolean
_br_replay_view_tick (GtkWidget     *widget,
                      GdkFrameClock *frame_clock,
                      gpointer       user_data)
{
  BrReplayView *self = BR_REPLAY_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);

  if (self->last_frame != 0 && now > self->last_frame)
    br_replay_view_advance (self, (now - self->last_frame) / 1000.0);
  self->last_frame = now;
  if (!self->playing)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* The idle stretch @position is in, if any */
static const BrRecordingIdle *
find_idle (BrReplayView *self,
           double        position,
           double       *out_next_start)
{
  *out_next_start = (double) _br_replay_view_get_duration (self);
  for (guint i = 0; i < self->idle->len; i++)
    {
      const BrRecordingIdle *stretch = &g_array_index (self->idle, BrRecordingIdle, i);

      if (stretch->start <= position && position < stretch->end)
        return stretch;
      if (stretch->start > position)
        {
          *out_next_start = MIN (*out_next_start, (double) stretch->start);
          break;
        }
    }
  return NULL;
}

/**
 * br_replay_view_advance:
 * @ms: how much wall-clock time passed, in milliseconds
 *
 * Moves the position on while playing: @ms times the speed, or faster
 * through an idle stretch, which plays in about %BR_REPLAY_IDLE_PLAY_MS.
 * Playback stops at the end. The frame clock's tick calls this; tests
 * call it to drive playback exactly.
 */
void
br_replay_view_advance (BrReplayView *self,
                        double        ms)
{
  double wall = ms;
  double position;
  double duration;

  g_return_if_fail (BR_IS_REPLAY_VIEW (self));

  if (!self->playing || self->recording == NULL)
    return;

  position = self->position;
  duration = (double) _br_replay_view_get_duration (self);
  while (wall > 0 && position < duration)
    {
      double next_start;
      const BrRecordingIdle *stretch = find_idle (self, position, &next_start);
      double rate = _br_replay_view_speeds[self->speed_index];
      double boundary = next_start;
      double needed;

      if (stretch != NULL)
        {
          rate = MAX (rate, (stretch->end - stretch->start) / BR_REPLAY_IDLE_PLAY_MS);
          boundary = MIN ((double) stretch->end, duration);
        }
      needed = (boundary - position) / rate;
      if (needed <= wall)
        {
          position = boundary;
          wall -= needed;
        }
      else
        {
          position += wall * rate;
          wall = 0;
        }
    }
  _br_replay_view_set_position (self, position);
  if (self->position >= duration)
    br_replay_view_set_playing (self, FALSE);
}

/* Steps and jumps ----------------------------------------------------------- */

static void
step (BrReplayView *self,
      int           direction)
{
  guint n_steps;
  double target;

  if (self->recording == NULL)
    return;
  br_replay_view_set_playing (self, FALSE);
  n_steps = br_recording_get_n_steps (self->recording);
  if (direction > 0)
    target = self->n_shown < n_steps ? br_recording_get_step_time (self->recording, self->n_shown)
                                     : _br_replay_view_get_duration (self);
  else
    /* The board without the last step shown */
    target = self->n_shown >= 2 ? br_recording_get_step_time (self->recording, self->n_shown - 2) : 0;
  _br_replay_view_set_position (self, target);
}

static void
play_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BrReplayView *self = BR_REPLAY_VIEW (widget);

  br_replay_view_set_playing (self, !self->playing);
}

static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  step (BR_REPLAY_VIEW (widget), g_str_equal (action_name, "replay.step-forward") ? 1 : -1);
}

static void
start_end_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BrReplayView *self = BR_REPLAY_VIEW (widget);

  br_replay_view_set_playing (self, FALSE);
  _br_replay_view_set_position (self, g_str_equal (action_name, "replay.end") ? _br_replay_view_get_duration (self) : 0);
}

static void
jump_to_phase_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BrReplayView *self = BR_REPLAY_VIEW (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= self->phases->len)
    return;
  br_replay_view_set_playing (self, FALSE);
  _br_replay_view_set_position (self, g_array_index (self->phases, BrReplayPhase, index).end);
}

gboolean
_br_replay_view_key_pressed (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             BrReplayView          *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  const char *action;

  if (self->recording == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  /* The speed list or the phase menu open: its keys are its own */
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      action = "replay.play";
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      action = "replay.step-back";
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      action = "replay.step-forward";
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      action = "replay.start";
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      action = "replay.end";
      break;
    default:
      return FALSE;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  return TRUE;
}

void
_br_replay_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "replay.play", NULL, play_activated);
  gtk_widget_class_install_action (widget_class, "replay.step-back", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "replay.step-forward", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "replay.start", NULL, start_end_activated);
  gtk_widget_class_install_action (widget_class, "replay.end", NULL, start_end_activated);
  gtk_widget_class_install_action (widget_class, "replay.jump-to-phase", "u", jump_to_phase_activated);
}

/* A window of its own -------------------------------------------------------- */

/**
 * br_replay_view_present:
 * @parent: (nullable): the window it belongs to
 * @recording: (nullable): the recording, or %NULL with @error saying why
 *   there is none
 * @error: (nullable): why there is no recording
 * @attempt: (nullable): the attempt recorded
 * @guide: (nullable): the guide of the attempt's question and phases
 *
 * Opens the replay in a window of its own.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
br_replay_view_present (GtkWindow    *parent,
                        BrRecording  *recording,
                        const GError *error,
                        BrAttempt    *attempt,
                        BrGuide      *guide)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *view = br_replay_view_new ();
  BrGuideEntry *question = NULL;

  g_return_val_if_fail (recording == NULL || BR_IS_RECORDING (recording), NULL);

  if (attempt != NULL && guide != NULL)
    question = br_guide_lookup (guide, br_attempt_get_question_id (attempt));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Replay"), question ? br_guide_entry_get_title (question) : ""));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (view, TRUE);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), _("Replay"));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), parent);
      gtk_window_set_modal (GTK_WINDOW (window), gtk_window_get_modal (parent));
    }

  if (recording != NULL)
    br_replay_view_set_recording (BR_REPLAY_VIEW (view), recording, attempt, guide);
  else
    br_replay_view_set_error (BR_REPLAY_VIEW (view), error);
  gtk_window_present (GTK_WINDOW (window));
  if (recording != NULL)
    gtk_widget_grab_focus (view);
  return GTK_WINDOW (window);
}
