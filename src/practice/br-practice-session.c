/* br-practice-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>

#include "br-practice-session-private.h"
#include "br-question-picker.h"
#include "br-store.h"

/**
 * BrPracticeSession:
 *
 * The practice flow, from picking a question to keeping or dropping the
 * attempt, without any widget:
 *
 * - pick: a question by its id, or "Surprise Me" (br-question-picker's
 *   weighted draw from a #GRand that tests seed); the pick is the
 *   #BrPracticeSession:candidate the start question offers;
 * - start: the round restarts at the chosen length and runs
 *   (%BR_PRACTICE_SESSION_RUNNING); the board drawn on is recorded on the
 *   round's clock (br-practice-session-recording.c);
 * - end: the round stops (or completes, in its last phase) and the attempt
 *   is built from its record and the design review's findings on the
 *   board as it stands (%BR_PRACTICE_SESSION_REVIEW);
 * - review: scores, principles and notes go into the attempt;
 * - save: the board next to the history, the attempt into the history,
 *   #BrPracticeSession::saved, back to %BR_PRACTICE_SESSION_IDLE; a save
 *   that fails changes nothing and keeps the attempt for another try;
 * - discard: back to idle without an attempt.
 *
 * While the round runs before Detailed Design the findings are
 * #BrPracticeSession:findings-held (br-practice-session-findings.c).
 *
 * A round reset by hand while the session runs ends the session too. The
 * application owns one session, as it owns the round; windows bind to its
 * properties and call its methods.
 */
G_DEFINE_FINAL_TYPE (BrPracticeSession, br_practice_session, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (BrPracticeSessionState, br_practice_session_state,
  G_DEFINE_ENUM_VALUE (BR_PRACTICE_SESSION_IDLE, "idle"),
  G_DEFINE_ENUM_VALUE (BR_PRACTICE_SESSION_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (BR_PRACTICE_SESSION_REVIEW, "review"))

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_GUIDE,
  PROP_ROUND,
  PROP_CANDIDATE,
  PROP_STATE,
  PROP_ACTIVE,
  PROP_QUESTION,
  PROP_LENGTH,
  PROP_ATTEMPT,
  PROP_COMPLETE,
  PROP_FINDINGS_HELD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint _br_practice_session_signals[BR_PRACTICE_SESSION_N_SIGNALS];

static void
update_complete (BrPracticeSession *self)
{
  gboolean complete = self->attempt != NULL && self->guide != NULL;

  if (complete)
    {
      GListModel *rubric = br_guide_get_rubric (self->guide);

      for (guint i = 0; complete && i < g_list_model_get_n_items (rubric); i++)
        {
          g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);

          complete = br_attempt_get_score (self->attempt, br_guide_entry_get_id (dimension)) != 0;
        }
    }
  if (complete != self->complete)
    {
      self->complete = complete;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
    }
}

static void
set_attempt (BrPracticeSession *self,
             BrAttempt         *attempt)
{
  if (self->attempt == attempt)
    return;
  if (self->attempt != NULL)
    g_signal_handlers_disconnect_by_func (self->attempt, update_complete, self);
  g_set_object (&self->attempt, attempt);
  if (attempt != NULL)
    g_signal_connect_swapped (attempt, "changed", G_CALLBACK (update_complete), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTEMPT]);
  update_complete (self);
}

/* Every change of state goes through here, so that the properties bound to
 * it all follow: state, active, question, length, attempt */
void
_br_practice_session_set_state (BrPracticeSession      *self,
                                BrPracticeSessionState  state,
                                BrQuestion             *question,
                                guint                   length,
                                BrAttempt              *attempt)
{
  gboolean was_active = self->state != BR_PRACTICE_SESSION_IDLE;
  GObject *object = G_OBJECT (self);

  g_object_freeze_notify (object);
  if (g_set_object (&self->question, question))
    g_object_notify_by_pspec (object, properties[PROP_QUESTION]);
  if (self->length != length)
    {
      self->length = length;
      g_object_notify_by_pspec (object, properties[PROP_LENGTH]);
    }
  set_attempt (self, attempt);
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (object, properties[PROP_STATE]);
    }
  if (was_active != (state != BR_PRACTICE_SESSION_IDLE))
    g_object_notify_by_pspec (object, properties[PROP_ACTIVE]);
  _br_practice_session_update_findings_held (self);
  /* Saved with the attempt, or dropped with it */
  if (state == BR_PRACTICE_SESSION_IDLE)
    _br_practice_session_record_drop (self, TRUE);
  g_object_thaw_notify (object);
}

/* The round was reset by hand while the session ran: the session goes too */
static void
round_changed (BrPracticeSession *self)
{
  if (self->state == BR_PRACTICE_SESSION_RUNNING && br_round_get_state (self->round) == BR_ROUND_IDLE)
    _br_practice_session_set_state (self, BR_PRACTICE_SESSION_IDLE, NULL, 0, NULL);
  else
    _br_practice_session_update_findings_held (self);
}

void
_br_practice_session_set_findings_held (BrPracticeSession *self,
                                        gboolean           held)
{
  if (self->findings_held == held)
    return;
  self->findings_held = held;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINDINGS_HELD]);
}

static void
br_practice_session_dispose (GObject *object)
{
  BrPracticeSession *self = BR_PRACTICE_SESSION (object);

  br_practice_session_set_round (self, NULL);
  /* As a crash would: the round's recording so far stays on disk */
  _br_practice_session_record_drop (self, FALSE);
  g_clear_object (&self->timer);
  if (self->attempt != NULL)
    g_signal_handlers_disconnect_by_func (self->attempt, update_complete, self);
  g_clear_object (&self->attempt);
  g_clear_object (&self->question);
  g_clear_object (&self->candidate);
  g_clear_object (&self->guide);
  g_clear_object (&self->history);
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->reference, br_reference_unref);

  G_OBJECT_CLASS (br_practice_session_parent_class)->dispose (object);
}

static void
br_practice_session_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BrPracticeSession *self = BR_PRACTICE_SESSION (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_GUIDE:
      g_value_set_object (value, self->guide);
      break;
    case PROP_ROUND:
      g_value_set_object (value, self->round);
      break;
    case PROP_CANDIDATE:
      g_value_set_object (value, self->candidate);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, br_practice_session_get_active (self));
      break;
    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;
    case PROP_ATTEMPT:
      g_value_set_object (value, self->attempt);
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;
    case PROP_FINDINGS_HELD:
      g_value_set_boolean (value, self->findings_held);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_practice_session_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BrPracticeSession *self = BR_PRACTICE_SESSION (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;
    case PROP_GUIDE:
      br_practice_session_set_guide (self, g_value_get_object (value));
      break;
    case PROP_ROUND:
      br_practice_session_set_round (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_practice_session_class_init (BrPracticeSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_practice_session_dispose;
  object_class->get_property = br_practice_session_get_property;
  object_class->set_property = br_practice_session_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, BR_TYPE_PRACTICE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BrPracticeSession:guide:
   *
   * The guide the questions, the rubric and the principles come from.
   */
  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, BR_TYPE_GUIDE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrPracticeSession:round:
   *
   * The round the session runs; the application replaces it when the
   * guide changes while no round runs.
   */
  properties[PROP_ROUND] =
    g_param_spec_object ("round", NULL, NULL, BR_TYPE_ROUND,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrPracticeSession:candidate:
   *
   * The question picked last, offered to be started.
   */
  properties[PROP_CANDIDATE] =
    g_param_spec_object ("candidate", NULL, NULL, BR_TYPE_QUESTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, BR_TYPE_PRACTICE_SESSION_STATE,
                       BR_PRACTICE_SESSION_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrPracticeSession:active:
   *
   * Whether a session is on: running or waiting for its review.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL, BR_TYPE_QUESTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LENGTH] =
    g_param_spec_uint ("length", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTEMPT] =
    g_param_spec_object ("attempt", NULL, NULL, BR_TYPE_ATTEMPT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrPracticeSession:complete:
   *
   * Whether the attempt has a score for every rubric dimension, so that
   * it can be saved.
   */
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrPracticeSession:findings-held:
   *
   * Whether the design review's findings are held back until the round
   * reaches Detailed Design (br_practice_session_get_findings_held()).
   */
  properties[PROP_FINDINGS_HELD] =
    g_param_spec_boolean ("findings-held", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrPracticeSession::saved:
   * @attempt: the attempt, now in the history
   *
   * The reviewed attempt was saved; whoever keeps the study days marks
   * today.
   */
  _br_practice_session_signals[BR_PRACTICE_SESSION_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BR_TYPE_ATTEMPT);
}

static void
br_practice_session_init (BrPracticeSession *self)
{
}

/**
 * br_practice_session_new:
 * @history: where saved attempts go
 *
 * Returns: (transfer full): an idle session; give it a guide and a round
 *   before starting
 */
BrPracticeSession *
br_practice_session_new (BrPracticeHistory *history)
{
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (history), NULL);

  return g_object_new (BR_TYPE_PRACTICE_SESSION, "history", history, NULL);
}

BrPracticeHistory *
br_practice_session_get_history (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return self->history;
}

BrGuide *
br_practice_session_get_guide (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return self->guide;
}

void
br_practice_session_set_guide (BrPracticeSession *self,
                               BrGuide           *guide)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (guide == NULL || BR_IS_GUIDE (guide));

  if (!g_set_object (&self->guide, guide))
    return;
  /* A question of the old guide is not offered any more */
  if (self->candidate != NULL)
    {
      g_clear_object (&self->candidate);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUIDE]);
  update_complete (self);
}

BrRound *
br_practice_session_get_round (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return self->round;
}

void
br_practice_session_set_round (BrPracticeSession *self,
                               BrRound           *round)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (round == NULL || BR_IS_ROUND (round));

  if (self->round == round)
    return;
  if (self->round != NULL)
    g_signal_handlers_disconnect_by_func (self->round, round_changed, self);
  g_set_object (&self->round, round);
  if (round != NULL)
    g_signal_connect_swapped (round, "changed", G_CALLBACK (round_changed), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
  _br_practice_session_update_findings_held (self);
}

/**
 * br_practice_session_set_rand:
 * @rand: (transfer full): the random source "Surprise Me" draws from
 */
void
br_practice_session_set_rand (BrPracticeSession *self,
                              GRand             *rand)
{
  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (rand != NULL);

  g_clear_pointer (&self->rand, g_rand_free);
  self->rand = rand;
}

/**
 * br_practice_session_set_seed:
 *
 * Draws "Surprise Me" from a random source seeded with @seed: the same
 * seed, guide and history give the same questions.
 */
void
br_practice_session_set_seed (BrPracticeSession *self,
                              guint32            seed)
{
  br_practice_session_set_rand (self, g_rand_new_with_seed (seed));
}

/* Pick --------------------------------------------------------------------- */

static void
set_candidate (BrPracticeSession *self,
               BrQuestion        *question)
{
  if (g_set_object (&self->candidate, question))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE]);
}

/**
 * br_practice_session_get_candidate:
 *
 * Returns: (transfer none) (nullable): the question picked last
 */
BrQuestion *
br_practice_session_get_candidate (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return self->candidate;
}

/**
 * br_practice_session_pick:
 * @question_id: a question's id in the guide
 *
 * Makes the question with @question_id the candidate.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL with
 *   @error set when the guide has no question with that id
 */
BrQuestion *
br_practice_session_pick (BrPracticeSession  *self,
                          const char         *question_id,
                          GError            **error)
{
  BrGuideEntry *entry;

  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  entry = self->guide ? br_guide_lookup (self->guide, question_id) : NULL;
  if (!BR_IS_QUESTION (entry))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The guide has no question with the id “%s”"), question_id);
      return NULL;
    }
  set_candidate (self, BR_QUESTION (entry));
  return self->candidate;
}

/**
 * br_practice_session_pick_surprise:
 * @today: (nullable): the day the due reviews are counted on; %NULL for
 *   the local date
 *
 * "Surprise Me": draws a question, weak categories and dimensions and due
 * reviews more likely (see br_question_picker_pick()), and makes it the
 * candidate. Asked again, it avoids the candidate it replaces, so "Pick
 * Another" shows another question.
 *
 * Returns: (transfer none) (nullable): the question, %NULL without a guide
 *   or questions
 */
BrQuestion *
br_practice_session_pick_surprise (BrPracticeSession *self,
                                   const GDate       *today)
{
  BrQuestion *avoid;
  BrQuestion *question = NULL;
  GDate local;

  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);

  if (self->guide == NULL)
    return NULL;
  if (today == NULL)
    {
      br_store_local_date (NULL, &local);
      today = &local;
    }
  if (self->rand == NULL)
    self->rand = g_rand_new ();

  avoid = self->candidate;
  for (guint tries = 0; tries < 8; tries++)
    {
      question = br_question_picker_pick (self->guide, self->history, today, self->rand);
      if (question != avoid)
        break;
    }
  if (question != NULL)
    set_candidate (self, question);
  return question;
}

/* The flow ----------------------------------------------------------------- */

BrPracticeSessionState
br_practice_session_get_state (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), BR_PRACTICE_SESSION_IDLE);
  return self->state;
}

gboolean
br_practice_session_get_active (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), FALSE);
  return self->state != BR_PRACTICE_SESSION_IDLE;
}

/**
 * br_practice_session_get_question:
 *
 * Returns: (transfer none) (nullable): the question of the session on
 */
BrQuestion *
br_practice_session_get_question (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return self->question;
}

const char *
br_practice_session_get_question_id (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return self->question ? br_guide_entry_get_id (BR_GUIDE_ENTRY (self->question)) : NULL;
}

/**
 * br_practice_session_get_length:
 *
 * Returns: the round's length in minutes, 0 when idle
 */
guint
br_practice_session_get_length (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), 0);
  return self->length;
}

/**
 * br_practice_session_get_attempt:
 *
 * Returns: (transfer none) (nullable): the attempt waiting for its review,
 *   or %NULL unless the state is %BR_PRACTICE_SESSION_REVIEW
 */
BrAttempt *
br_practice_session_get_attempt (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return self->attempt;
}

/**
 * br_practice_session_start:
 * @question: the question to practice
 * @length: the round's length in minutes
 *
 * Starts a session without a board to record: see
 * br_practice_session_start_on_board().
 */
void
br_practice_session_start (BrPracticeSession *self,
                           BrQuestion        *question,
                           guint              length)
{
  br_practice_session_start_on_board (self, question, length, NULL);
}

/**
 * br_practice_session_start_on_board:
 * @question: the question to practice
 * @length: the round's length in minutes
 * @board: (nullable): the board the candidate draws on during the round
 *
 * Starts a session: the round restarts at @length (kept within what the
 * phases allow) and runs. A session already on is dropped. Every change
 * to @board is recorded, timed on the round's clock, until the round
 * ends; the recording is kept beside the practice boards as it grows (see
 * br_practice_session_set_timer()) and with the attempt when it is saved.
 */
void
br_practice_session_start_on_board (BrPracticeSession *self,
                                    BrQuestion        *question,
                                    guint              length,
                                    BrBoard           *board)
{
  g_autoptr(BrQuestion) hold = NULL;

  g_return_if_fail (BR_IS_PRACTICE_SESSION (self));
  g_return_if_fail (BR_IS_QUESTION (question));
  g_return_if_fail (board == NULL || BR_IS_BOARD (board));
  g_return_if_fail (self->round != NULL);

  hold = g_object_ref (question);
  _br_practice_session_set_state (self, BR_PRACTICE_SESSION_IDLE, NULL, 0, NULL);
  br_round_reset (self->round);
  length = CLAMP (length, br_round_get_min_length (self->round), br_round_get_max_length (self->round));
  br_round_set_length (self->round, length);
  _br_practice_session_set_state (self, BR_PRACTICE_SESSION_RUNNING, question, br_round_get_length (self->round), NULL);
  br_round_start (self->round);
  if (board != NULL)
    _br_practice_session_record_start (self, board);
}

/**
 * br_practice_session_end:
 *
 * Ends the round if it is still on — completed when it is in its last
 * phase (the candidate has reached the end), stopped early otherwise — and
 * builds the attempt from the round's record, with the design review's
 * findings on the board as it stands. The session then waits for the
 * review.
 *
 * Returns: %FALSE, changing nothing, unless the session was running
 */
gboolean
br_practice_session_end (BrPracticeSession *self)
{
  g_autoptr(BrRoundRecord) record = NULL;
  g_autoptr(BrAttempt) attempt = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  BrRoundState state;

  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), FALSE);

  if (self->state != BR_PRACTICE_SESSION_RUNNING || self->round == NULL)
    return FALSE;

  state = br_round_get_state (self->round);
  if (state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED)
    {
      if (br_round_get_current_phase (self->round) + 1 >= br_round_get_n_phases (self->round))
        br_round_next_phase (self->round);
      else
        br_round_stop (self->round);
    }

  /* Whichever phase the round reached, the attempt keeps the findings */
  findings = _br_practice_session_review_board (self, self->board);
  _br_practice_session_record_stop (self);
  record = br_round_get_record (self->round);
  _br_practice_session_record_phases (self, record);
  attempt = br_attempt_new_from_record (br_practice_session_get_question_id (self), record);
  br_attempt_set_findings (attempt, findings);
  _br_practice_session_set_state (self, BR_PRACTICE_SESSION_REVIEW, self->question, self->length, attempt);
  return TRUE;
}
