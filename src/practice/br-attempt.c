/* br-attempt.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <string.h>

#include "br-practice-private.h"
#include "br-store.h"

/**
 * BrAttempt:
 *
 * One practice round of one question, and the candidate's review of it:
 * when it started (kept in UTC), the round's length, the budget and actual
 * time of each phase, a score from 1 to 4 per rubric dimension (the guide's
 * "rubric/..." ids), the leadership principles the answer showed, free
 * notes, the board saved with it (a path relative to the practice
 * history's folder), and what the design review found on that board when
 * the round ended (#BrAttemptFinding, worst first).
 *
 * Every change emits #BrAttempt::changed (and notify for properties), which
 * the #BrPracticeHistory holding the attempt saves.
 */
struct _BrAttempt
{
  GObject parent_instance;

  char *id;
  char *question_id;
  GDateTime *started;      /* UTC, whole seconds */
  guint length;
  gboolean completed;
  GArray *phases;          /* of BrAttemptPhase */
  GHashTable *scores;      /* dimension id -> GUINT_TO_POINTER (1..4) */
  GStrv principles;
  char *notes;
  char *board;
  GPtrArray *findings;     /* of BrAttemptFinding */
};

G_DEFINE_FINAL_TYPE (BrAttempt, br_attempt, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_QUESTION_ID,
  PROP_STARTED,
  PROP_LENGTH,
  PROP_COMPLETED,
  PROP_NOTES,
  PROP_BOARD,
  PROP_PRINCIPLES,
  PROP_N_FINDINGS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
phase_clear (gpointer data)
{
  BrAttemptPhase *phase = data;

  g_clear_pointer (&phase->phase_id, g_free);
}

static void
br_attempt_finalize (GObject *object)
{
  BrAttempt *self = (BrAttempt *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->question_id, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->scores, g_hash_table_unref);
  g_clear_pointer (&self->principles, g_strfreev);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->board, g_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (br_attempt_parent_class)->finalize (object);
}

static void
br_attempt_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BrAttempt *self = BR_ATTEMPT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_QUESTION_ID:
      g_value_set_string (value, self->question_id);
      break;
    case PROP_STARTED:
      g_value_set_boxed (value, self->started);
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;
    case PROP_COMPLETED:
      g_value_set_boolean (value, self->completed);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_BOARD:
      g_value_set_string (value, self->board);
      break;
    case PROP_PRINCIPLES:
      g_value_set_boxed (value, self->principles);
      break;
    case PROP_N_FINDINGS:
      g_value_set_uint (value, self->findings->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_attempt_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BrAttempt *self = BR_ATTEMPT (object);

  switch (prop_id)
    {
    case PROP_COMPLETED:
      br_attempt_set_completed (self, g_value_get_boolean (value));
      break;
    case PROP_NOTES:
      br_attempt_set_notes (self, g_value_get_string (value));
      break;
    case PROP_BOARD:
      br_attempt_set_board (self, g_value_get_string (value));
      break;
    case PROP_PRINCIPLES:
      br_attempt_set_principles (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_attempt_class_init (BrAttemptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_attempt_finalize;
  object_class->get_property = br_attempt_get_property;
  object_class->set_property = br_attempt_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTION_ID] =
    g_param_spec_string ("question-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTED] =
    g_param_spec_boxed ("started", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LENGTH] =
    g_param_spec_uint ("length", NULL, NULL, 0, BR_ATTEMPT_MAX_LENGTH, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETED] =
    g_param_spec_boolean ("completed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BOARD] =
    g_param_spec_string ("board", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRINCIPLES] =
    g_param_spec_boxed ("principles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrAttempt:n-findings:
   *
   * How many design-review findings the board had when the round ended.
   */
  properties[PROP_N_FINDINGS] =
    g_param_spec_uint ("n-findings", NULL, NULL, 0, BR_ATTEMPT_MAX_FINDINGS, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrAttempt::changed:
   *
   * Emitted after any change: scores, principles, notes, board, phases,
   * findings.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
br_attempt_init (BrAttempt *self)
{
  self->phases = g_array_new (FALSE, TRUE, sizeof (BrAttemptPhase));
  g_array_set_clear_func (self->phases, phase_clear);
  self->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->principles = g_new0 (char *, 1);
  self->notes = g_strdup ("");
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) br_attempt_finding_free);
}

/* Whole seconds, UTC: exactly what the file keeps */
static GDateTime *
to_utc_seconds (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_new_from_unix_utc (g_date_time_to_unix (utc));
}

BrAttempt *
br_attempt_new_with_id (const char *id,
                        const char *question_id,
                        GDateTime  *started,
                        guint       length)
{
  BrAttempt *self = g_object_new (BR_TYPE_ATTEMPT, NULL);

  self->id = g_strdup (id);
  self->question_id = g_strdup (question_id);
  self->started = to_utc_seconds (started);
  self->length = MIN (length, BR_ATTEMPT_MAX_LENGTH);
  return self;
}

/**
 * br_attempt_new:
 * @question_id: the guide's question id, "questions/design-s3"
 * @started: when the round started (any time zone; kept in UTC, whole seconds)
 * @length: the round's length in minutes
 *
 * Creates an attempt with a new unique id ("attempts/" and a random UUID)
 * and no phases, scores, principles, notes nor board.
 *
 * Returns: (transfer full): a new attempt
 */
BrAttempt *
br_attempt_new (const char *question_id,
                GDateTime  *started,
                guint       length)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *id = g_strconcat ("attempts/", uuid, NULL);

  g_return_val_if_fail (question_id != NULL, NULL);
  g_return_val_if_fail (started != NULL, NULL);

  return br_attempt_new_with_id (id, question_id, started, length);
}

/**
 * br_attempt_new_from_record:
 * @question_id: the question the round was about
 * @record: what the round timer left behind
 *
 * Creates an attempt from a finished round: its start, length and
 * completion, and per phase the budget (minutes, kept as seconds) and the
 * actual time (rounded to the second).
 *
 * Returns: (transfer full): a new attempt
 */
BrAttempt *
br_attempt_new_from_record (const char          *question_id,
                            const BrRoundRecord *record)
{
  g_autoptr(GDateTime) now = NULL;
  BrAttempt *self;

  g_return_val_if_fail (question_id != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  if (record->started == NULL)
    now = g_date_time_new_now_utc ();
  self = br_attempt_new (question_id, record->started ? record->started : now, record->length);
  self->completed = record->completed;

  for (guint i = 0; record->phases != NULL && i < record->phases->len; i++)
    {
      const BrRoundRecordPhase *phase = &g_array_index (record->phases, BrRoundRecordPhase, i);
      gint64 actual = (MAX (phase->actual, 0) + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC;

      br_attempt_add_phase (self, phase->phase_id ? phase->phase_id : "",
                            MIN (phase->budget, BR_ATTEMPT_MAX_SECONDS / 60) * 60,
                            (guint) MIN (actual, BR_ATTEMPT_MAX_SECONDS));
    }
  return self;
}

static void
emit_changed (BrAttempt  *self,
              GParamSpec *pspec)
{
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
br_attempt_get_id (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);
  return self->id;
}

const char *
br_attempt_get_question_id (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);
  return self->question_id;
}

/**
 * br_attempt_get_started:
 *
 * Returns: (transfer none): when the round started, in UTC
 */
GDateTime *
br_attempt_get_started (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);
  return self->started;
}

/**
 * br_attempt_get_date:
 * @out_date: (out caller-allocates): the local date the round started on
 */
void
br_attempt_get_date (BrAttempt *self,
                     GDate     *out_date)
{
  g_return_if_fail (BR_IS_ATTEMPT (self));

  br_store_local_date (self->started, out_date);
}

guint
br_attempt_get_length (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), 0);
  return self->length;
}

gboolean
br_attempt_get_completed (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), FALSE);
  return self->completed;
}

void
br_attempt_set_completed (BrAttempt *self,
                          gboolean   completed)
{
  g_return_if_fail (BR_IS_ATTEMPT (self));

  completed = !!completed;
  if (self->completed == completed)
    return;
  self->completed = completed;
  emit_changed (self, properties[PROP_COMPLETED]);
}

guint
br_attempt_get_n_phases (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), 0);
  return self->phases->len;
}

/**
 * br_attempt_get_phase:
 *
 * Returns: (transfer none): the phase at @index, in round order
 */
const BrAttemptPhase *
br_attempt_get_phase (BrAttempt *self,
                      guint      index)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);
  g_return_val_if_fail (index < self->phases->len, NULL);
  return &g_array_index (self->phases, BrAttemptPhase, index);
}

/**
 * br_attempt_add_phase:
 * @budget: seconds the round gave the phase
 * @actual: seconds spent in it
 *
 * Appends a phase (at most BR_ATTEMPT_MAX_PHASES; more are ignored).
 */
void
br_attempt_add_phase (BrAttempt  *self,
                      const char *phase_id,
                      guint       budget,
                      guint       actual)
{
  BrAttemptPhase phase;

  g_return_if_fail (BR_IS_ATTEMPT (self));
  g_return_if_fail (phase_id != NULL);

  if (self->phases->len >= BR_ATTEMPT_MAX_PHASES)
    return;
  phase.phase_id = g_strdup (phase_id);
  phase.budget = MIN (budget, BR_ATTEMPT_MAX_SECONDS);
  phase.actual = MIN (actual, BR_ATTEMPT_MAX_SECONDS);
  g_array_append_val (self->phases, phase);
  emit_changed (self, NULL);
}

/**
 * br_attempt_get_score:
 * @dimension_id: a rubric dimension's id, "rubric/requirements"
 *
 * Returns: the score, 1 to 4, or 0 when the dimension was not scored
 */
guint
br_attempt_get_score (BrAttempt  *self,
                      const char *dimension_id)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), 0);
  g_return_val_if_fail (dimension_id != NULL, 0);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->scores, dimension_id));
}

/**
 * br_attempt_set_score:
 * @score: 1 to 4, or 0 to clear the dimension's score
 */
void
br_attempt_set_score (BrAttempt  *self,
                      const char *dimension_id,
                      guint       score)
{
  g_return_if_fail (BR_IS_ATTEMPT (self));
  g_return_if_fail (dimension_id != NULL && *dimension_id != '\0');
  g_return_if_fail (score <= BR_ATTEMPT_MAX_SCORE);

  if (br_attempt_get_score (self, dimension_id) == score)
    return;
  if (score == 0)
    g_hash_table_remove (self->scores, dimension_id);
  else
    g_hash_table_insert (self->scores, g_strdup (dimension_id), GUINT_TO_POINTER (score));
  emit_changed (self, NULL);
}

GHashTable *
br_attempt_get_scores (BrAttempt *self)
{
  return self->scores;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * br_attempt_dup_scored_dimensions:
 *
 * Returns: (transfer full): the ids of the dimensions that have a score, sorted
 */
char **
br_attempt_dup_scored_dimensions (BrAttempt *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);

  g_hash_table_iter_init (&iter, self->scores);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_steal (ids, NULL);
}

/**
 * br_attempt_get_average_score:
 * @out_average: (out) (optional): the average of the scores given
 *
 * Returns: %FALSE when no dimension was scored
 */
gboolean
br_attempt_get_average_score (BrAttempt *self,
                              double    *out_average)
{
  GHashTableIter iter;
  gpointer value;
  guint sum = 0;
  guint n;

  g_return_val_if_fail (BR_IS_ATTEMPT (self), FALSE);

  n = g_hash_table_size (self->scores);
  if (n == 0)
    return FALSE;
  g_hash_table_iter_init (&iter, self->scores);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    sum += GPOINTER_TO_UINT (value);
  if (out_average != NULL)
    *out_average = (double) sum / n;
  return TRUE;
}

/**
 * br_attempt_get_principles:
 *
 * Returns: (transfer none): the ids of the leadership principles the answer showed
 */
const char * const *
br_attempt_get_principles (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);
  return (const char * const *) self->principles;
}

/**
 * br_attempt_set_principles:
 * @principle_ids: (nullable) (array zero-terminated=1): principle ids
 */
void
br_attempt_set_principles (BrAttempt          *self,
                           const char * const *principle_ids)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (BR_IS_ATTEMPT (self));

  if (principle_ids == NULL)
    principle_ids = none;
  if (g_strv_equal ((const char * const *) self->principles, principle_ids))
    return;
  g_strfreev (self->principles);
  self->principles = g_strdupv ((char **) principle_ids);
  emit_changed (self, properties[PROP_PRINCIPLES]);
}

/**
 * br_attempt_get_notes:
 *
 * Returns: (transfer none): the free notes, "" when there are none
 */
const char *
br_attempt_get_notes (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);
  return self->notes;
}

/**
 * br_attempt_set_notes:
 * @notes: (nullable): plain text, cut to what the file format allows
 */
void
br_attempt_set_notes (BrAttempt  *self,
                      const char *notes)
{
  g_autofree char *text = NULL;

  g_return_if_fail (BR_IS_ATTEMPT (self));

  text = br_store_truncate_text (notes);
  if (g_str_equal (text, self->notes))
    return;
  g_free (self->notes);
  self->notes = g_steal_pointer (&text);
  emit_changed (self, properties[PROP_NOTES]);
}

/**
 * br_attempt_get_board:
 *
 * Returns: (transfer none) (nullable): the board's path relative to the
 *   practice history's folder, or %NULL when no board was saved
 */
const char *
br_attempt_get_board (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);
  return self->board;
}

/**
 * br_attempt_set_board:
 * @board_path: (nullable): a relative path that stays in the history's
 *   folder ("boards/....brboard"); anything else is refused
 */
void
br_attempt_set_board (BrAttempt  *self,
                      const char *board_path)
{
  g_return_if_fail (BR_IS_ATTEMPT (self));
  g_return_if_fail (board_path == NULL || br_store_is_safe_relative_path (board_path));

  if (g_strcmp0 (self->board, board_path) == 0)
    return;
  g_free (self->board);
  self->board = g_strdup (board_path);
  emit_changed (self, properties[PROP_BOARD]);
}

/**
 * br_attempt_dup_default_board:
 *
 * Returns: (transfer full): where the board of this attempt goes by
 *   default: "boards/UUID.brboard", after the attempt's id
 */
char *
br_attempt_dup_default_board (BrAttempt *self)
{
  const char *slash;

  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);

  slash = strrchr (self->id, '/');
  return g_strdup_printf ("boards/%s.brboard", slash ? slash + 1 : self->id);
}

guint
br_attempt_get_n_findings (BrAttempt *self)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), 0);
  return self->findings->len;
}

/**
 * br_attempt_get_finding:
 *
 * Returns: (transfer none): the design-review finding at @index, worst first
 */
const BrAttemptFinding *
br_attempt_get_finding (BrAttempt *self,
                        guint      index)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), NULL);
  g_return_val_if_fail (index < self->findings->len, NULL);
  return g_ptr_array_index (self->findings, index);
}

static gboolean
findings_equal (GPtrArray *a,
                GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!br_attempt_finding_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

/**
 * br_attempt_set_findings:
 * @findings: (nullable) (element-type BrAttemptFinding): what the design
 *   review found when the round ended, worst first; copied (at most
 *   BR_ATTEMPT_MAX_FINDINGS)
 */
void
br_attempt_set_findings (BrAttempt *self,
                         GPtrArray *findings)
{
  g_autoptr(GPtrArray) copy = NULL;

  g_return_if_fail (BR_IS_ATTEMPT (self));

  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) br_attempt_finding_free);
  for (guint i = 0; findings != NULL && i < findings->len && i < BR_ATTEMPT_MAX_FINDINGS; i++)
    g_ptr_array_add (copy, br_attempt_finding_copy (g_ptr_array_index (findings, i)));
  if (findings_equal (self->findings, copy))
    return;
  g_ptr_array_unref (self->findings);
  self->findings = g_steal_pointer (&copy);
  emit_changed (self, properties[PROP_N_FINDINGS]);
}

/**
 * br_attempt_equal_findings:
 *
 * Returns: whether @self and @other have the same findings, in the same order
 */
gboolean
br_attempt_equal_findings (BrAttempt *self,
                           BrAttempt *other)
{
  g_return_val_if_fail (BR_IS_ATTEMPT (self), FALSE);
  g_return_val_if_fail (BR_IS_ATTEMPT (other), FALSE);
  return findings_equal (self->findings, other->findings);
}
