/* br-replay-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-board-preview.h"
#include "br-replay-summary.h"
#include "br-replay-view-private.h"

/**
 * BrReplayView:
 *
 * Plays back the #BrRecording of a practice round: the board as it stood
 * at the position (rebuilt from the recording's nearest checkpoint and
 * drawn by the board renderer), a scrubber with a band under it naming
 * the round's phases and shading the idle stretches (#BrReplayTimeline),
 * play and pause, a step back and forward, the start and the end, a jump
 * to the end of any phase and a speed from 1× to 64×. Idle stretches of
 * %BR_REPLAY_IDLE_COMPRESS or more play in about a second whatever the
 * speed. Keys: Space plays and pauses, Left and Right step, Home and End.
 *
 * Playback runs on the frame clock: each frame's tick calls
 * br_replay_view_advance() with the time since the last frame, which is
 * all tests call. An attempt without a recording, or whose recording
 * cannot be read, shows a status page saying so.
 */

const guint _br_replay_view_speeds[BR_REPLAY_VIEW_N_SPEEDS] = { 1, 2, 4, 8, 16, 32, 64 };

G_DEFINE_FINAL_TYPE (BrReplayView, br_replay_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_PLAYING,
  PROP_SPEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "12:05", rounded down: the time since the start */
static char *
format_position (gint64 ms)
{
  gint64 seconds = MAX (ms, 0) / 1000;

  if (seconds >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", (guint) (seconds / 3600), (guint) (seconds / 60 % 60),
                            (guint) (seconds % 60));
  return g_strdup_printf ("%u:%02u", (guint) (seconds / 60), (guint) (seconds % 60));
}

gint64
_br_replay_view_get_duration (BrReplayView *self)
{
  return self->recording != NULL ? br_recording_get_duration (self->recording) : 0;
}

void
_br_replay_view_update_actions (BrReplayView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean any = self->recording != NULL;
  guint n_steps = any ? br_recording_get_n_steps (self->recording) : 0;

  gtk_widget_action_set_enabled (widget, "replay.play", any);
  gtk_widget_action_set_enabled (widget, "replay.start", any && self->position > 0);
  gtk_widget_action_set_enabled (widget, "replay.step-back", any && self->position > 0);
  gtk_widget_action_set_enabled (widget, "replay.end", any && self->position < _br_replay_view_get_duration (self));
  gtk_widget_action_set_enabled (widget, "replay.step-forward",
                                 any && (self->n_shown < n_steps || self->position < _br_replay_view_get_duration (self)));
  gtk_widget_action_set_enabled (widget, "replay.jump-to-phase", any && self->phases->len > 0);
}

static void
update_labels (BrReplayView *self)
{
  g_autofree char *now = format_position ((gint64) self->position);
  g_autofree char *total = format_position (_br_replay_view_get_duration (self));
  g_autofree char *time = NULL;
  const char *phase = "";

  /* Translators: the replay's position and the round's length, "12:05 / 45:00" */
  time = g_strdup_printf (_("%s / %s"), now, total);
  gtk_label_set_label (self->time_label, time);

  for (guint i = 0; i < self->phases->len; i++)
    {
      const BrReplayPhase *entry = &g_array_index (self->phases, BrReplayPhase, i);

      phase = g_ptr_array_index (self->phase_names, i);
      if (self->position < entry->end)
        break;
    }
  gtk_label_set_label (self->phase_label, phase);
}

void
_br_replay_view_set_position (BrReplayView *self,
                              double        position)
{
  guint n;

  if (self->recording == NULL)
    return;

  position = CLAMP (position, 0, (double) _br_replay_view_get_duration (self));
  n = br_recording_count_steps_at (self->recording, (gint64) position);
  if (n != self->n_shown || br_board_preview_get_board (self->preview) == NULL)
    {
      g_autoptr(BrBoard) board = br_recording_build_board (self->recording, n);

      self->n_shown = n;
      br_board_preview_set_board (self->preview, board);
    }
  if (position == self->position)
    return;
  self->position = position;

  self->moving_scale = TRUE;
  gtk_adjustment_set_value (self->adjustment, position);
  self->moving_scale = FALSE;
  update_labels (self);
  _br_replay_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
scale_moved (BrReplayView *self)
{
  if (!self->moving_scale)
    _br_replay_view_set_position (self, gtk_adjustment_get_value (self->adjustment));
}

static void
speed_selected (BrReplayView *self)
{
  guint index = gtk_drop_down_get_selected (self->speed_dropdown);

  if (index < BR_REPLAY_VIEW_N_SPEEDS && index != self->speed_index)
    {
      self->speed_index = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
    }
}

/* The time line ------------------------------------------------------------- */

static void
build_time_line (BrReplayView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree gint64 *starts = g_new0 (gint64, MAX (self->phases->len, 1));

  gtk_adjustment_configure (self->adjustment, 0, 0, (double) _br_replay_view_get_duration (self),
                            1000, 60000, 0);
  for (guint i = 0; i < self->phases->len; i++)
    {
      const BrReplayPhase *phase = &g_array_index (self->phases, BrReplayPhase, i);
      const char *name = g_ptr_array_index (self->phase_names, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      starts[i] = MIN (phase->start, _br_replay_view_get_duration (self));
      g_menu_item_set_action_and_target_value (item, "replay.jump-to-phase", g_variant_new_uint32 (i));
      g_menu_append_item (menu, item);
    }
  /* The phases by name and the idle stretches, under the scrubber: the
   * scale's own mark labels overlap when phases are short */
  br_replay_timeline_set_content (self->timeline, _br_replay_view_get_duration (self), starts,
                                  (const char * const *) self->phase_names->pdata,
                                  self->phases->len, self->idle);
  gtk_menu_button_set_menu_model (self->phase_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->phase_button), self->phases->len > 0);
}

/* The part of the board the replay shows: everything the board held at
 * the end of each phase and at the end, so that it does not jump around */
static void
fit_extent (BrReplayView *self)
{
  BrRect extent = { 0, };
  gboolean any = FALSE;

  for (guint i = 0; i <= self->phases->len; i++)
    {
      guint n = i < self->phases->len ? g_array_index (self->phases, BrReplayPhase, i).n_steps
                                      : br_recording_get_n_steps (self->recording);
      g_autoptr(BrBoard) board = br_recording_build_board (self->recording, n);
      BrRect box;

      if (!br_board_preview_measure (board, &box))
        continue;
      if (any)
        {
          double x1 = MAX (extent.x + extent.width, box.x + box.width);
          double y1 = MAX (extent.y + extent.height, box.y + box.height);

          extent.x = MIN (extent.x, box.x);
          extent.y = MIN (extent.y, box.y);
          extent.width = x1 - extent.x;
          extent.height = y1 - extent.y;
        }
      else
        extent = box;
      any = TRUE;
    }
  br_board_preview_set_extent (self->preview, any ? &extent : NULL);
}

/* The object ------------------------------------------------------------------ */

static void
br_replay_view_dispose (GObject *object)
{
  BrReplayView *self = BR_REPLAY_VIEW (object);

  br_replay_view_set_playing (self, FALSE);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_REPLAY_VIEW);
  g_clear_object (&self->recording);

  G_OBJECT_CLASS (br_replay_view_parent_class)->dispose (object);
}

static void
br_replay_view_finalize (GObject *object)
{
  BrReplayView *self = BR_REPLAY_VIEW (object);

  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->phase_names, g_ptr_array_unref);
  g_clear_pointer (&self->idle, g_array_unref);

  G_OBJECT_CLASS (br_replay_view_parent_class)->finalize (object);
}

static void
br_replay_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BrReplayView *self = BR_REPLAY_VIEW (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_int64 (value, br_replay_view_get_position (self));
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;
    case PROP_SPEED:
      g_value_set_uint (value, br_replay_view_get_speed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_replay_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BrReplayView *self = BR_REPLAY_VIEW (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      br_replay_view_seek (self, g_value_get_int64 (value));
      break;
    case PROP_PLAYING:
      br_replay_view_set_playing (self, g_value_get_boolean (value));
      break;
    case PROP_SPEED:
      br_replay_view_set_speed (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_replay_view_class_init (BrReplayViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_replay_view_dispose;
  object_class->finalize = br_replay_view_finalize;
  object_class->get_property = br_replay_view_get_property;
  object_class->set_property = br_replay_view_set_property;

  /**
   * BrReplayView:position:
   *
   * Where the replay is, in milliseconds from the start of the round.
   */
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL, 0, BR_RECORDING_MAX_TIME, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReplayView:speed:
   *
   * How many times faster than the round the replay plays: 1, 2, 4, 8,
   * 16, 32 or 64.
   */
  properties[PROP_SPEED] =
    g_param_spec_uint ("speed", NULL, NULL, 1, 64, _br_replay_view_speeds[BR_REPLAY_VIEW_DEFAULT_SPEED],
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BR_TYPE_BOARD_PREVIEW);
  g_type_ensure (BR_TYPE_REPLAY_TIMELINE);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-replay-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, status_page);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, preview);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, scale);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, timeline);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, adjustment);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, play_button);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, time_label);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, phase_label);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, phase_button);
  gtk_widget_class_bind_template_child (widget_class, BrReplayView, speed_dropdown);

  _br_replay_view_install_actions (widget_class);
}

static void
update_play_button (BrReplayView *self)
{
  gtk_button_set_icon_name (self->play_button,
                            self->playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), self->playing ? _("Pause (Space)") : _("Play (Space)"));
  br_accessible_set_label (GTK_WIDGET (self->play_button), self->playing ? _("Pause") : _("Play"));
}

static void
br_replay_view_init (BrReplayView *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child: not a bound template child, which the template's
   * disposal would unparent behind the bin's back */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  br_replay_timeline_set_scale (self->timeline, GTK_RANGE (self->scale));

  self->phases = g_array_new (FALSE, TRUE, sizeof (BrReplayPhase));
  self->phase_names = g_ptr_array_new_with_free_func (g_free);
  self->idle = g_array_new (FALSE, FALSE, sizeof (BrRecordingIdle));
  self->speed_index = BR_REPLAY_VIEW_DEFAULT_SPEED;

  for (guint i = 0; i < BR_REPLAY_VIEW_N_SPEEDS; i++)
    {
      /* Translators: a playback speed, "8×" */
      g_autofree char *label = g_strdup_printf (C_("playback speed", "%u×"), _br_replay_view_speeds[i]);

      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->speed_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->speed_dropdown, self->speed_index);
  g_signal_connect_object (self->speed_dropdown, "notify::selected", G_CALLBACK (speed_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->adjustment, "value-changed", G_CALLBACK (scale_moved), self, G_CONNECT_SWAPPED);

  keys = gtk_event_controller_key_new ();
  /* Before the focused child: Space plays or pauses even when a button
   * clicked before (a step, the phase menu) has the focus, as in a media
   * player; Enter still activates that button */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (_br_replay_view_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  update_play_button (self);
  update_labels (self);
  _br_replay_view_update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "status");
}

/**
 * br_replay_view_new:
 *
 * Returns: (transfer floating): a replay view without a recording yet
 */
GtkWidget *
br_replay_view_new (void)
{
  return g_object_new (BR_TYPE_REPLAY_VIEW, NULL);
}

/**
 * br_replay_view_set_recording:
 * @recording: the recording to play
 * @attempt: (nullable): the attempt, whose phases mark the time line
 * @guide: (nullable): where the phases' names come from
 *
 * Shows @recording at its end, paused.
 */
void
br_replay_view_set_recording (BrReplayView *self,
                              BrRecording  *recording,
                              BrAttempt    *attempt,
                              BrGuide      *guide)
{
  g_return_if_fail (BR_IS_REPLAY_VIEW (self));
  g_return_if_fail (BR_IS_RECORDING (recording));
  g_return_if_fail (attempt == NULL || BR_IS_ATTEMPT (attempt));
  g_return_if_fail (guide == NULL || BR_IS_GUIDE (guide));

  br_replay_view_set_playing (self, FALSE);
  g_set_object (&self->recording, recording);

  g_array_set_size (self->phases, 0);
  g_ptr_array_set_size (self->phase_names, 0);
  if (attempt != NULL)
    {
      g_autoptr(GArray) phases = br_replay_phases_from_attempt (attempt, recording);

      br_replay_summarize (recording, phases);
      for (guint i = 0; i < phases->len; i++)
        {
          BrReplayPhase phase = g_array_index (phases, BrReplayPhase, i);
          BrGuideEntry *entry = guide != NULL ? br_guide_lookup (guide, phase.phase_id) : NULL;

          /* A phase the round never reached (it was stopped before) has
           * no place on the time line */
          if (phase.end <= phase.start)
            continue;
          g_ptr_array_add (self->phase_names,
                           g_strdup (entry != NULL ? br_guide_entry_get_title (entry) : phase.phase_id));
          /* The ids belong to the attempt, which may go */
          phase.phase_id = NULL;
          g_array_append_val (self->phases, phase);
        }
    }
  g_array_unref (self->idle);
  self->idle = br_recording_find_idle (recording, BR_REPLAY_IDLE_COMPRESS);

  build_time_line (self);
  fit_extent (self);
  self->position = -1;
  self->n_shown = G_MAXUINT;
  _br_replay_view_set_position (self, _br_replay_view_get_duration (self));
  gtk_stack_set_visible_child_name (self->stack, "replay");
}

/**
 * br_replay_view_set_error:
 * @error: (nullable): why there is no recording to play; %NULL or
 *   %G_IO_ERROR_NOT_FOUND when the attempt has none
 *
 * Shows why there is nothing to replay instead of a replay.
 */
void
br_replay_view_set_error (BrReplayView *self,
                          const GError *error)
{
  g_return_if_fail (BR_IS_REPLAY_VIEW (self));

  br_replay_view_set_playing (self, FALSE);
  g_clear_object (&self->recording);
  br_board_preview_set_board (self->preview, NULL);
  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      adw_status_page_set_icon_name (self->status_page, "media-playback-stop-symbolic");
      adw_status_page_set_title (self->status_page, _("No Recording for This Attempt"));
      adw_status_page_set_description (self->status_page,
                                       _("Rounds practiced before Bar Raiser recorded the board have no replay. The attempt and its board are still here."));
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->status_page, _("The Recording Cannot Be Read"));
      adw_status_page_set_description (self->status_page, error->message);
    }
  gtk_stack_set_visible_child_name (self->stack, "status");
  _br_replay_view_update_actions (self);
}

/**
 * br_replay_view_get_has_recording:
 *
 * Returns: whether there is a recording to play
 */
gboolean
br_replay_view_get_has_recording (BrReplayView *self)
{
  g_return_val_if_fail (BR_IS_REPLAY_VIEW (self), FALSE);
  return self->recording != NULL;
}

/**
 * br_replay_view_get_status:
 *
 * Returns: (nullable): what the status page says when there is no
 *   recording to play, %NULL when there is one
 */
const char *
br_replay_view_get_status (BrReplayView *self)
{
  g_return_val_if_fail (BR_IS_REPLAY_VIEW (self), NULL);
  return self->recording != NULL ? NULL : adw_status_page_get_description (self->status_page);
}

/**
 * br_replay_view_get_position:
 *
 * Returns: the position, in ms from the start of the round
 */
gint64
br_replay_view_get_position (BrReplayView *self)
{
  g_return_val_if_fail (BR_IS_REPLAY_VIEW (self), 0);
  return (gint64) MAX (self->position, 0);
}

/**
 * br_replay_view_seek:
 * @position: in ms from the start of the round, kept within the recording
 */
void
br_replay_view_seek (BrReplayView *self,
                     gint64        position)
{
  g_return_if_fail (BR_IS_REPLAY_VIEW (self));
  _br_replay_view_set_position (self, (double) position);
}

/**
 * br_replay_view_get_n_steps_shown:
 *
 * Returns: how many of the recording's steps the board shown has
 */
guint
br_replay_view_get_n_steps_shown (BrReplayView *self)
{
  g_return_val_if_fail (BR_IS_REPLAY_VIEW (self), 0);
  return self->recording != NULL ? self->n_shown : 0;
}

/**
 * br_replay_view_get_board:
 *
 * Returns: (transfer none) (nullable): the board as it stood at the
 *   position
 */
BrBoard *
br_replay_view_get_board (BrReplayView *self)
{
  g_return_val_if_fail (BR_IS_REPLAY_VIEW (self), NULL);
  return br_board_preview_get_board (self->preview);
}

gboolean
br_replay_view_get_playing (BrReplayView *self)
{
  g_return_val_if_fail (BR_IS_REPLAY_VIEW (self), FALSE);
  return self->playing;
}

/**
 * br_replay_view_set_playing:
 *
 * Plays from the position (from the start when at the end) or pauses.
 */
void
br_replay_view_set_playing (BrReplayView *self,
                            gboolean      playing)
{
  g_return_if_fail (BR_IS_REPLAY_VIEW (self));

  playing = playing && self->recording != NULL;
  if (playing == self->playing)
    return;
  if (playing && self->position >= _br_replay_view_get_duration (self))
    _br_replay_view_set_position (self, 0);
  self->playing = playing;
  if (playing)
    {
      self->last_frame = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), _br_replay_view_tick, NULL, NULL);
    }
  else if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  update_play_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

guint
br_replay_view_get_speed (BrReplayView *self)
{
  g_return_val_if_fail (BR_IS_REPLAY_VIEW (self), 1);
  return _br_replay_view_speeds[self->speed_index];
}

/**
 * br_replay_view_set_speed:
 * @speed: 1, 2, 4, 8, 16, 32 or 64; others go to the nearest lower one
 */
void
br_replay_view_set_speed (BrReplayView *self,
                          guint         speed)
{
  guint index = 0;

  g_return_if_fail (BR_IS_REPLAY_VIEW (self));

  while (index + 1 < BR_REPLAY_VIEW_N_SPEEDS && _br_replay_view_speeds[index + 1] <= speed)
    index++;
  gtk_drop_down_set_selected (self->speed_dropdown, index);
}
