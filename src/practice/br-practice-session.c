/* br-practice-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include "br-practice-session.h"

/**
 * BrPracticeSession:
 *
 * A practice session from its start to its review: the question, the
 * round length the candidate chose and, once the round has ended, the
 * attempt built from the round's record, waiting for the candidate's
 * scores, principles and notes. The application owns the session and
 * the round; the history receives the attempt when it is saved.
 */
struct _BrPracticeSession
{
  GObject parent_instance;

  BrQuestion *question;
  guint length;
  BrPracticeSessionState state;
  BrAttempt *attempt;
};

G_DEFINE_FINAL_TYPE (BrPracticeSession, br_practice_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUESTION,
  PROP_LENGTH,
  PROP_STATE,
  PROP_ATTEMPT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_practice_session_dispose (GObject *object)
{
  BrPracticeSession *self = BR_PRACTICE_SESSION (object);

  g_clear_object (&self->question);
  g_clear_object (&self->attempt);

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
    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_ATTEMPT:
      g_value_set_object (value, self->attempt);
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

  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL, BR_TYPE_QUESTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LENGTH] =
    g_param_spec_uint ("length", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BrPracticeSession:state:
   *
   * A #BrPracticeSessionState.
   */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      BR_PRACTICE_SESSION_RUNNING, BR_PRACTICE_SESSION_REVIEW,
                      BR_PRACTICE_SESSION_RUNNING,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTEMPT] =
    g_param_spec_object ("attempt", NULL, NULL, BR_TYPE_ATTEMPT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_practice_session_init (BrPracticeSession *self)
{
}

/**
 * br_practice_session_new:
 * @question: the question to practice
 * @length: the round's length in minutes
 *
 * Returns: (transfer full): a running session
 */
BrPracticeSession *
br_practice_session_new (BrQuestion *question,
                         guint       length)
{
  BrPracticeSession *self;

  g_return_val_if_fail (BR_IS_QUESTION (question), NULL);

  self = g_object_new (BR_TYPE_PRACTICE_SESSION, NULL);
  self->question = g_object_ref (question);
  self->length = length;
  return self;
}

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
  return br_guide_entry_get_id (BR_GUIDE_ENTRY (self->question));
}

guint
br_practice_session_get_length (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), 0);
  return self->length;
}

BrPracticeSessionState
br_practice_session_get_state (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), BR_PRACTICE_SESSION_RUNNING);
  return self->state;
}

/**
 * br_practice_session_get_attempt:
 *
 * Returns: (transfer none) (nullable): the attempt waiting for its review,
 *   or %NULL while the round is on
 */
BrAttempt *
br_practice_session_get_attempt (BrPracticeSession *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), NULL);
  return self->attempt;
}

/**
 * br_practice_session_finish:
 * @round: the session's round
 *
 * Ends @round if it is still on — completed when it is in its last phase
 * (the candidate has reached the end), stopped early otherwise — and
 * builds the attempt from its record. The session then waits for the
 * review.
 *
 * Returns: %FALSE, changing nothing, if the session was already finished
 */
gboolean
br_practice_session_finish (BrPracticeSession *self,
                            BrRound           *round)
{
  g_autoptr(BrRoundRecord) record = NULL;
  BrRoundState state;

  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (self), FALSE);
  g_return_val_if_fail (BR_IS_ROUND (round), FALSE);

  if (self->state != BR_PRACTICE_SESSION_RUNNING)
    return FALSE;

  state = br_round_get_state (round);
  if (state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED)
    {
      if (br_round_get_current_phase (round) + 1 >= br_round_get_n_phases (round))
        br_round_next_phase (round);
      else
        br_round_stop (round);
    }

  record = br_round_get_record (round);
  self->attempt = br_attempt_new_from_record (br_practice_session_get_question_id (self), record);
  self->state = BR_PRACTICE_SESSION_REVIEW;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTEMPT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  return TRUE;
}
