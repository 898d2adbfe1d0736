/* br-practice-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-practice-history-private.h"
#include "br-json-write.h"
#include "br-practice-private.h"

/**
 * BrPracticeHistory:
 *
 * The practice attempts and the per-question spaced-review schedules, kept
 * in `DATA-DIR/practice.json` (boards saved with attempts live beside it,
 * under `DATA-DIR/boards/`, written by the whiteboard code).
 *
 * #BrPracticeHistory:attempts lists the attempts newest first. Adding or
 * removing an attempt, or changing one that is in the history (its
 * #BrAttempt::changed), saves at once and reschedules the attempt's
 * question: the question's SM-2 state is replayed from its scored attempts,
 * oldest first, each graded by br_sm2_grade_from_score() of its average
 * score, and it is due again the interval's number of days after its last
 * scored attempt. A save that fails keeps the change in memory, sets
 * #BrPracticeHistory:save-error and emits #BrPracticeHistory::save-failed.
 *
 * The history does not mark study days: whoever adds an attempt also calls
 * br_progress_mark_active_day().
 */

G_DEFINE_ENUM_TYPE (BrQuestionStatus, br_question_status,
  G_DEFINE_ENUM_VALUE (BR_QUESTION_STATUS_NEW, "new"),
  G_DEFINE_ENUM_VALUE (BR_QUESTION_STATUS_PRACTICED, "practiced"),
  G_DEFINE_ENUM_VALUE (BR_QUESTION_STATUS_DUE, "due"))

G_DEFINE_FINAL_TYPE (BrPracticeHistory, br_practice_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_ATTEMPTS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void attempt_changed_cb (BrPracticeHistory *self,
                                BrAttempt         *attempt);

static void
disconnect_all (BrPracticeHistory *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->attempts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (G_LIST_MODEL (self->attempts), i);

      g_signal_handlers_disconnect_by_func (attempt, attempt_changed_cb, self);
    }
}

static void
br_practice_history_dispose (GObject *object)
{
  BrPracticeHistory *self = (BrPracticeHistory *) object;

  if (self->attempts != NULL)
    disconnect_all (self);
  g_clear_object (&self->attempts);

  G_OBJECT_CLASS (br_practice_history_parent_class)->dispose (object);
}

static void
br_practice_history_finalize (GObject *object)
{
  BrPracticeHistory *self = (BrPracticeHistory *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->schedules, g_hash_table_unref);

  G_OBJECT_CLASS (br_practice_history_parent_class)->finalize (object);
}

static JsonNode *
serialize_cb (gpointer user_data)
{
  BrPracticeHistory *self = user_data;

  return br_practice_data_to_node (G_LIST_MODEL (self->attempts), self->schedules);
}

static void
br_practice_history_constructed (GObject *object)
{
  BrPracticeHistory *self = (BrPracticeHistory *) object;

  G_OBJECT_CLASS (br_practice_history_parent_class)->constructed (object);

  if (self->data_dir != NULL)
    {
      self->store = br_store_new (self->data_dir, BR_PRACTICE_FILE_NAME,
                                  BR_PRACTICE_FORMAT, BR_PRACTICE_VERSION,
                                  BR_PRACTICE_MAX_SIZE);
      br_store_set_serializer (self->store, serialize_cb, self);
    }
}

static void
br_practice_history_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BrPracticeHistory *self = BR_PRACTICE_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    case PROP_ATTEMPTS:
      g_value_set_object (value, self->attempts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_practice_history_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BrPracticeHistory *self = BR_PRACTICE_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      self->data_dir = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_practice_history_class_init (BrPracticeHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_practice_history_dispose;
  object_class->finalize = br_practice_history_finalize;
  object_class->constructed = br_practice_history_constructed;
  object_class->get_property = br_practice_history_get_property;
  object_class->set_property = br_practice_history_set_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * BrPracticeHistory:attempts:
   *
   * The attempts (#BrAttempt), newest first. The same list for the
   * history's whole life.
   */
  properties[PROP_ATTEMPTS] =
    g_param_spec_object ("attempts", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrPracticeHistory::changed:
   *
   * Emitted after any change: an attempt added, removed or edited, the
   * schedules, or everything after a load.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
br_practice_history_init (BrPracticeHistory *self)
{
  self->attempts = g_list_store_new (BR_TYPE_ATTEMPT);
  self->schedules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * br_practice_history_new:
 * @data_dir: (nullable): the folder of practice.json; %NULL for a history
 *   kept in memory only
 *
 * Returns: (transfer full): an empty history; br_practice_history_load()
 *   reads the file
 */
BrPracticeHistory *
br_practice_history_new (const char *data_dir)
{
  return g_object_new (BR_TYPE_PRACTICE_HISTORY, "data-dir", data_dir, NULL);
}

/* Newest first; the same start, by id */
static int
compare_attempts (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  BrAttempt *x = (BrAttempt *) a;
  BrAttempt *y = (BrAttempt *) b;
  int order = g_date_time_compare (br_attempt_get_started (y), br_attempt_get_started (x));

  return order != 0 ? order : strcmp (br_attempt_get_id (x), br_attempt_get_id (y));
}

static int
compare_attempts_indirect (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  return compare_attempts (*(BrAttempt * const *) a, *(BrAttempt * const *) b, user_data);
}

/* Replaces the content with @data's, which is consumed */
static void
take_data (BrPracticeHistory *self,
           BrPracticeData    *data)
{
  g_autofree gpointer *items = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->attempts));
  gsize n_items;

  disconnect_all (self);
  g_ptr_array_sort_with_data (data->attempts, compare_attempts_indirect, NULL);
  for (guint i = 0; i < data->attempts->len; i++)
    g_signal_connect_object (g_ptr_array_index (data->attempts, i), "changed",
                             G_CALLBACK (attempt_changed_cb), self, G_CONNECT_SWAPPED);

  items = g_ptr_array_steal (data->attempts, &n_items);
  g_list_store_splice (self->attempts, 0, n_old, items, (guint) n_items);
  for (gsize i = 0; i < n_items; i++)
    g_object_unref (items[i]);

  g_clear_pointer (&self->schedules, g_hash_table_unref);
  self->schedules = g_steal_pointer (&data->schedules);
  br_practice_data_clear (data);
}

/**
 * br_practice_history_new_from_bytes:
 * @bytes: a practice document
 * @error: return location for a #BR_DOC_ERROR
 *
 * Parses a practice document into a history kept in memory only. This is
 * the loader the fixtures and the fuzz target exercise.
 *
 * Returns: (transfer full) (nullable): the history
 */
BrPracticeHistory *
br_practice_history_new_from_bytes (GBytes  *bytes,
                                    GError **error)
{
  BrPracticeHistory *self;
  BrPracticeData data;

  g_return_val_if_fail (bytes != NULL, NULL);

  br_practice_data_init (&data);
  if (!br_practice_data_parse (&data, bytes, error))
    {
      br_practice_data_clear (&data);
      return NULL;
    }

  self = br_practice_history_new (NULL);
  take_data (self, &data);
  return self;
}

static gboolean
parse_cb (GBytes   *bytes,
          gpointer  user_data,
          GError  **error)
{
  BrPracticeData *data = user_data;

  if (br_practice_data_parse (data, bytes, error))
    return TRUE;

  br_practice_data_clear (data);
  br_practice_data_init (data);
  return FALSE;
}

static void
persist (BrPracticeHistory *self)
{
  if (self->store != NULL)
    br_store_persist (self->store);
}

/**
 * br_practice_history_load:
 * @error: return location for a #BR_STORE_ERROR
 *
 * Like br_practice_history_load_full() at the current time.
 */
gboolean
br_practice_history_load (BrPracticeHistory  *self,
                          GError            **error)
{
  return br_practice_history_load_full (self, NULL, error);
}

/**
 * br_practice_history_load_full:
 * @now: (nullable): the time for the name of a file moved aside; %NULL for now
 * @error: return location for a #BR_STORE_ERROR
 *
 * Reads practice.json, replacing what @self holds. A file that cannot be
 * read is moved aside, or left alone and @self becomes read-only (see
 * #BrStore); either way @self starts empty and @error says in plain words
 * what happened and where the file is.
 *
 * Returns: %TRUE if the file was read or there was none
 */
gboolean
br_practice_history_load_full (BrPracticeHistory  *self,
                               GDateTime          *now,
                               GError            **error)
{
  BrPracticeData data;
  gboolean ok;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  br_practice_data_init (&data);
  ok = br_store_load (self->store, parse_cb, &data, now, error);
  take_data (self, &data);

  g_signal_emit (self, signals[CHANGED], 0);
  return ok;
}

/**
 * br_practice_history_save:
 * @error: return location for a #BR_STORE_ERROR or #G_IO_ERROR
 *
 * Writes practice.json now. Changes are saved by themselves; this is for
 * trying again after #BrPracticeHistory::save-failed.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
br_practice_history_save (BrPracticeHistory  *self,
                          GError            **error)
{
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), FALSE);

  if (self->store == NULL)
    return TRUE;
  return br_store_save_now (self->store, error);
}

/**
 * br_practice_history_to_bytes:
 *
 * Returns: (transfer full): the practice document, as it would be saved
 */
GBytes *
br_practice_history_to_bytes (BrPracticeHistory *self)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);

  root = br_practice_data_to_node (G_LIST_MODEL (self->attempts), self->schedules);
  return br_json_node_to_bytes (root, 1);
}

const char *
br_practice_history_get_data_dir (BrPracticeHistory *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  return self->data_dir;
}

/**
 * br_practice_history_get_file:
 *
 * Returns: (transfer none) (nullable): practice.json, or %NULL for a
 *   history kept in memory
 */
GFile *
br_practice_history_get_file (BrPracticeHistory *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  return self->store ? br_store_get_file (self->store) : NULL;
}

gboolean
br_practice_history_get_read_only (BrPracticeHistory *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), FALSE);
  return self->store != NULL && br_store_get_read_only (self->store);
}

/**
 * br_practice_history_get_save_error:
 *
 * Returns: (transfer none) (nullable): why the last save failed
 */
const GError *
br_practice_history_get_save_error (BrPracticeHistory *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  return self->store ? br_store_get_save_error (self->store) : NULL;
}

/**
 * br_practice_history_get_store:
 *
 * Returns: (transfer none) (nullable): the store that loads and saves
 *   @self (its #BrStore::save-failed reports failed saves), or %NULL when
 *   @self is kept in memory only
 */
BrStore *
br_practice_history_get_store (BrPracticeHistory *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  return self->store;
}

/* ---------------------------------------------------------------------- */
/* Attempts                                                                */

/**
 * br_practice_history_get_attempts:
 *
 * Returns: (transfer none): the attempts (#BrAttempt), newest first
 */
GListModel *
br_practice_history_get_attempts (BrPracticeHistory *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  return G_LIST_MODEL (self->attempts);
}

static gboolean
find_attempt (BrPracticeHistory *self,
              BrAttempt         *attempt,
              guint             *position)
{
  return g_list_store_find (self->attempts, attempt, position);
}

/* Replays the question's scored attempts, oldest first */
static void
reschedule (BrPracticeHistory *self,
            const char        *question_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->attempts));
  BrSchedule schedule;
  gboolean any = FALSE;

  br_sm2_state_init (&schedule.state);
  g_date_clear (&schedule.due, 1);

  for (guint i = n; i-- > 0;)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (G_LIST_MODEL (self->attempts), i);
      GDate day;
      double average;

      if (!g_str_equal (br_attempt_get_question_id (attempt), question_id) ||
          !br_attempt_get_average_score (attempt, &average))
        continue;

      br_sm2_review (&schedule.state, br_sm2_grade_from_score (average), &schedule.state);
      br_attempt_get_date (attempt, &day);
      br_sm2_next_due (&day, schedule.state.interval, &schedule.due);
      any = TRUE;
    }

  if (any)
    g_hash_table_insert (self->schedules, g_strdup (question_id),
                         g_memdup2 (&schedule, sizeof schedule));
  else
    g_hash_table_remove (self->schedules, question_id);
}

static void
attempt_changed_cb (BrPracticeHistory *self,
                    BrAttempt         *attempt)
{
  reschedule (self, br_attempt_get_question_id (attempt));
  persist (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * br_practice_history_add_attempt:
 * @attempt: an attempt that is in no history yet
 *
 * Adds @attempt in its place (newest first), reschedules its question and
 * saves. Later changes to @attempt are saved too.
 */
void
br_practice_history_add_attempt (BrPracticeHistory *self,
                                 BrAttempt         *attempt)
{
  g_return_if_fail (BR_IS_PRACTICE_HISTORY (self));
  g_return_if_fail (BR_IS_ATTEMPT (attempt));
  g_return_if_fail (br_practice_history_lookup_attempt (self, br_attempt_get_id (attempt)) == NULL);

  g_list_store_insert_sorted (self->attempts, attempt, compare_attempts, NULL);
  g_signal_connect_object (attempt, "changed", G_CALLBACK (attempt_changed_cb),
                           self, G_CONNECT_SWAPPED);
  attempt_changed_cb (self, attempt);
}

/**
 * br_practice_history_try_add_attempt:
 * @attempt: an attempt that is in no history yet
 *
 * Adds @attempt like br_practice_history_add_attempt(), but writes the
 * file at once and, when that fails, takes @attempt out again: the history
 * stays as it was, in memory and on disk, and @error says why. An earlier
 * failed save is written along with it.
 *
 * Returns: %TRUE if @attempt was added and saved
 */
gboolean
br_practice_history_try_add_attempt (BrPracticeHistory  *self,
                                     BrAttempt          *attempt,
                                     GError            **error)
{
  guint position;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), FALSE);
  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), FALSE);
  g_return_val_if_fail (br_practice_history_lookup_attempt (self, br_attempt_get_id (attempt)) == NULL, FALSE);

  if (self->store == NULL)
    {
      br_practice_history_add_attempt (self, attempt);
      return TRUE;
    }

  g_list_store_insert_sorted (self->attempts, attempt, compare_attempts, NULL);
  reschedule (self, br_attempt_get_question_id (attempt));
  if (!br_store_save_now (self->store, error))
    {
      if (find_attempt (self, attempt, &position))
        g_list_store_remove (self->attempts, position);
      reschedule (self, br_attempt_get_question_id (attempt));
      return FALSE;
    }
  /* Clears an earlier failure, now written too */
  if (br_store_get_save_error (self->store) != NULL)
    br_store_persist (self->store);
  g_signal_connect_object (attempt, "changed", G_CALLBACK (attempt_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * br_practice_history_remove_attempt:
 *
 * Removes @attempt, reschedules its question and saves. The attempt's
 * board file is left where it is: nothing of the user's is deleted.
 *
 * Returns: %TRUE if @attempt was in the history
 */
gboolean
br_practice_history_remove_attempt (BrPracticeHistory *self,
                                    BrAttempt         *attempt)
{
  g_autoptr(BrAttempt) hold = NULL;
  guint position;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), FALSE);
  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), FALSE);

  if (!find_attempt (self, attempt, &position))
    return FALSE;

  hold = g_object_ref (attempt);
  g_signal_handlers_disconnect_by_func (attempt, attempt_changed_cb, self);
  g_list_store_remove (self->attempts, position);
  attempt_changed_cb (self, attempt);
  return TRUE;
}

/**
 * br_practice_history_lookup_attempt:
 *
 * Returns: (transfer none) (nullable): the attempt with @attempt_id
 */
BrAttempt *
br_practice_history_lookup_attempt (BrPracticeHistory *self,
                                    const char        *attempt_id)
{
  guint n;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  g_return_val_if_fail (attempt_id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->attempts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (G_LIST_MODEL (self->attempts), i);

      if (g_str_equal (br_attempt_get_id (attempt), attempt_id))
        return attempt;  /* the store keeps a reference */
    }
  return NULL;
}

/**
 * br_practice_history_dup_attempts_for_question:
 *
 * Returns: (transfer full): a new list of the question's attempts (#BrAttempt),
 *   newest first; it does not follow later changes
 */
GListModel *
br_practice_history_dup_attempts_for_question (BrPracticeHistory *self,
                                               const char        *question_id)
{
  GListStore *list;
  guint n;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  list = g_list_store_new (BR_TYPE_ATTEMPT);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->attempts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (G_LIST_MODEL (self->attempts), i);

      if (g_str_equal (br_attempt_get_question_id (attempt), question_id))
        g_list_store_append (list, attempt);
    }
  return G_LIST_MODEL (list);
}

/**
 * br_practice_history_get_last_attempt:
 *
 * Returns: (transfer none) (nullable): the question's newest attempt
 */
BrAttempt *
br_practice_history_get_last_attempt (BrPracticeHistory *self,
                                      const char        *question_id)
{
  guint n;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->attempts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (G_LIST_MODEL (self->attempts), i);

      if (g_str_equal (br_attempt_get_question_id (attempt), question_id))
        return attempt;  /* the store keeps a reference */
    }
  return NULL;
}

/**
 * br_practice_history_dup_board_file:
 *
 * Returns: (transfer full) (nullable): the attempt's board file in the
 *   history's folder, or %NULL when it has none (or the history has no folder)
 */
GFile *
br_practice_history_dup_board_file (BrPracticeHistory *self,
                                    BrAttempt         *attempt)
{
  const char *board;
  g_autoptr(GFile) dir = NULL;

  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (self), NULL);
  g_return_val_if_fail (BR_IS_ATTEMPT (attempt), NULL);

  board = br_attempt_get_board (attempt);
  if (self->data_dir == NULL || board == NULL || !br_store_is_safe_relative_path (board))
    return NULL;
  dir = g_file_new_for_path (self->data_dir);
  return g_file_resolve_relative_path (dir, board);
}
