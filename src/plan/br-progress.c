/* br-progress.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-progress"

#include <glib/gi18n-lib.h>

#include "br-guide-entry.h"
#include "br-json-write.h"
#include "br-progress-private.h"

/**
 * BrProgress:
 *
 * The candidate's study progress, kept in `DATA-DIR/progress.json`: the
 * date the plan started, a state and a personal note per study item, and
 * the days the candidate studied (with a count of things done each day).
 *
 * Every change is saved at once (atomically, see #BrStore). A save that
 * fails keeps the change in memory, sets #BrProgress:save-error and emits
 * #BrProgress::save-failed; the next change (or br_progress_save()) tries
 * again. Checking an item, changing a note and br_progress_mark_active_today()
 * count as studying today.
 *
 * The application owns one #BrProgress; the Plan page binds to its
 * properties and listens to #BrProgress::changed and
 * #BrProgress::item-changed.
 */

G_DEFINE_ENUM_TYPE (BrItemState, br_item_state,
  G_DEFINE_ENUM_VALUE (BR_ITEM_STATE_NOT_STARTED, "not-started"),
  G_DEFINE_ENUM_VALUE (BR_ITEM_STATE_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (BR_ITEM_STATE_DONE, "done"))

G_DEFINE_FINAL_TYPE (BrProgress, br_progress, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_START_DATE,
  N_PROPS
};

enum {
  CHANGED,
  ITEM_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Today's date, in local time, at @now (or now) */
void
_br_progress_set_today (GDate     *date,
                        GDateTime *now)
{
  br_store_local_date (now, date);
}

static void
br_progress_finalize (GObject *object)
{
  BrProgress *self = (BrProgress *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->data_dir, g_free);
  br_progress_data_clear (&self->data);

  G_OBJECT_CLASS (br_progress_parent_class)->finalize (object);
}

static JsonNode *
serialize_cb (gpointer user_data)
{
  BrProgress *self = user_data;

  return br_progress_data_to_node (&self->data);
}

static void
br_progress_constructed (GObject *object)
{
  BrProgress *self = (BrProgress *) object;

  G_OBJECT_CLASS (br_progress_parent_class)->constructed (object);

  if (self->data_dir != NULL)
    {
      self->store = br_store_new (self->data_dir, BR_PROGRESS_FILE_NAME,
                                  BR_PROGRESS_FORMAT, BR_PROGRESS_VERSION,
                                  BR_PROGRESS_MAX_SIZE);
      br_store_set_serializer (self->store, serialize_cb, self);
    }
}

static void
br_progress_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BrProgress *self = BR_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    case PROP_START_DATE:
      g_value_set_boxed (value, &self->data.start_date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_progress_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BrProgress *self = BR_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      self->data_dir = g_value_dup_string (value);
      break;
    case PROP_START_DATE:
      if (g_value_get_boxed (value) != NULL)
        br_progress_set_start_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_progress_class_init (BrProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_progress_finalize;
  object_class->constructed = br_progress_constructed;
  object_class->get_property = br_progress_get_property;
  object_class->set_property = br_progress_set_property;

  /**
   * BrProgress:data-dir:
   *
   * The folder of progress.json, or %NULL for a progress that is not saved.
   */
  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * BrProgress:start-date: (type GLib.Date)
   *
   * The first day of the plan's week 1.
   */
  properties[PROP_START_DATE] =
    g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrProgress::changed:
   *
   * Emitted after anything changed: the start date, an item, the activity,
   * or everything after a load.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * BrProgress::item-changed:
   * @item_id: the study item's id
   *
   * Emitted when an item's state or note changed, detailed by the item's id
   * ("item-changed::items/cap-theorem"), before #BrProgress::changed.
   */
  signals[ITEM_CHANGED] =
    g_signal_new ("item-changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
br_progress_init (BrProgress *self)
{
  br_progress_data_init (&self->data);
  _br_progress_set_today (&self->data.start_date, NULL);
}

/**
 * br_progress_new:
 * @data_dir: (nullable): the folder of progress.json; %NULL for a progress
 *   kept in memory only
 *
 * Creates an empty progress (started today). Call br_progress_load() to
 * read the file.
 *
 * Returns: (transfer full): a new #BrProgress
 */
BrProgress *
br_progress_new (const char *data_dir)
{
  return g_object_new (BR_TYPE_PROGRESS, "data-dir", data_dir, NULL);
}

/**
 * br_progress_new_from_bytes:
 * @bytes: a progress document
 * @error: return location for a #BR_DOC_ERROR
 *
 * Parses a progress document into a progress kept in memory only (it has
 * no data folder and saves nothing). This is the loader the fixtures and
 * the fuzz target exercise.
 *
 * Returns: (transfer full) (nullable): the progress
 */
BrProgress *
br_progress_new_from_bytes (GBytes  *bytes,
                            GError **error)
{
  g_autoptr(BrProgress) self = NULL;
  BrProgressData data;

  g_return_val_if_fail (bytes != NULL, NULL);

  br_progress_data_init (&data);
  if (!br_progress_data_parse (&data, bytes, error))
    {
      br_progress_data_clear (&data);
      return NULL;
    }

  self = br_progress_new (NULL);
  br_progress_data_clear (&self->data);
  self->data = data;
  return g_steal_pointer (&self);
}

static gboolean
parse_cb (GBytes   *bytes,
          gpointer  user_data,
          GError  **error)
{
  BrProgressData *data = user_data;

  if (br_progress_data_parse (data, bytes, error))
    return TRUE;

  /* Keep nothing of a file that failed */
  br_progress_data_clear (data);
  br_progress_data_init (data);
  return FALSE;
}

static void
persist (BrProgress *self)
{
  if (self->store != NULL)
    br_store_persist (self->store);
}

/**
 * br_progress_load:
 * @error: return location for a #BR_STORE_ERROR
 *
 * Like br_progress_load_full() at the current time.
 */
gboolean
br_progress_load (BrProgress  *self,
                  GError     **error)
{
  return br_progress_load_full (self, NULL, error);
}

/**
 * br_progress_load_full:
 * @now: (nullable): the current time (for the first run's start date and
 *   the name of a file moved aside); %NULL for now
 * @error: return location for a #BR_STORE_ERROR
 *
 * Reads progress.json, replacing what @self holds. When there is none (the
 * first run), the plan starts today and the file is written. When the file
 * cannot be read it is moved aside, or left alone and @self becomes
 * read-only (see #BrStore); either way @self starts empty (the plan starts
 * today) and @error says in plain words what happened and where the file is.
 *
 * Returns: %TRUE if the file was read or there was none
 */
gboolean
br_progress_load_full (BrProgress  *self,
                       GDateTime   *now,
                       GError     **error)
{
  BrProgressData data;
  gboolean ok;

  g_return_val_if_fail (BR_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  br_progress_data_init (&data);
  ok = br_store_load (self->store, parse_cb, &data, now, error);
  if (!ok || !br_store_get_existed (self->store))
    _br_progress_set_today (&data.start_date, now);

  br_progress_data_clear (&self->data);
  self->data = data;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
  g_object_thaw_notify (G_OBJECT (self));

  /* The first run, or a fresh start after a file was moved aside: write
   * the start date down */
  if (!br_store_get_read_only (self->store) &&
      (!ok || !br_store_get_existed (self->store)))
    persist (self);

  g_signal_emit (self, signals[CHANGED], 0);
  return ok;
}

/**
 * br_progress_save:
 * @error: return location for a #BR_STORE_ERROR or #G_IO_ERROR
 *
 * Writes progress.json now. Changes are saved by themselves; this is for
 * trying again after #BrProgress::save-failed.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
br_progress_save (BrProgress  *self,
                  GError     **error)
{
  g_return_val_if_fail (BR_IS_PROGRESS (self), FALSE);

  if (self->store == NULL)
    return TRUE;
  return br_store_save_now (self->store, error);
}

/**
 * br_progress_to_bytes:
 *
 * Returns: (transfer full): the progress document, as it would be saved
 */
GBytes *
br_progress_to_bytes (BrProgress *self)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (BR_IS_PROGRESS (self), NULL);

  root = br_progress_data_to_node (&self->data);
  return br_json_node_to_bytes (root, 1);
}

const char *
br_progress_get_data_dir (BrProgress *self)
{
  g_return_val_if_fail (BR_IS_PROGRESS (self), NULL);
  return self->data_dir;
}

/**
 * br_progress_get_file:
 *
 * Returns: (transfer none) (nullable): progress.json, or %NULL for a
 *   progress kept in memory
 */
GFile *
br_progress_get_file (BrProgress *self)
{
  g_return_val_if_fail (BR_IS_PROGRESS (self), NULL);
  return self->store ? br_store_get_file (self->store) : NULL;
}

gboolean
br_progress_get_read_only (BrProgress *self)
{
  g_return_val_if_fail (BR_IS_PROGRESS (self), FALSE);
  return self->store != NULL && br_store_get_read_only (self->store);
}

/**
 * br_progress_get_save_error:
 *
 * Returns: (transfer none) (nullable): why the last save failed
 */
const GError *
br_progress_get_save_error (BrProgress *self)
{
  g_return_val_if_fail (BR_IS_PROGRESS (self), NULL);
  return self->store ? br_store_get_save_error (self->store) : NULL;
}

/**
 * br_progress_get_store:
 *
 * Returns: (transfer none) (nullable): the store that loads and saves
 *   @self (its #BrStore::save-failed reports failed saves), or %NULL when
 *   @self is kept in memory only
 */
BrStore *
br_progress_get_store (BrProgress *self)
{
  g_return_val_if_fail (BR_IS_PROGRESS (self), NULL);
  return self->store;
}

/* ---------------------------------------------------------------------- */
/* The plan's dates                                                        */

/**
 * br_progress_get_start_date:
 *
 * Returns: (transfer none): the first day of week 1
 */
const GDate *
br_progress_get_start_date (BrProgress *self)
{
  g_return_val_if_fail (BR_IS_PROGRESS (self), NULL);
  return &self->data.start_date;
}

/**
 * br_progress_check_start_date:
 * @date: a day the plan would start on
 * @error: return location for a %BR_DOC_ERROR_RANGE error, whose message
 *   is a sentence for the user
 *
 * A plan starts in the years %BR_PROGRESS_MIN_YEAR to
 * %BR_PROGRESS_MAX_YEAR: a start in 9999, which a calendar lets anyone
 * pick, makes no plan.
 *
 * Returns: %TRUE if @date can be the start date
 */
gboolean
br_progress_check_start_date (const GDate  *date,
                              GError      **error)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (g_date_get_year (date) < BR_PROGRESS_MIN_YEAR || g_date_get_year (date) > BR_PROGRESS_MAX_YEAR)
    {
      g_autofree char *text = br_store_format_date (date);

      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE,
                   _("%s is not a day the plan can start on: choose one in the years %d to %d"),
                   text, BR_PROGRESS_MIN_YEAR, BR_PROGRESS_MAX_YEAR);
      return FALSE;
    }
  return TRUE;
}

/**
 * br_progress_set_start_date:
 * @date: a day br_progress_check_start_date() accepts
 */
void
br_progress_set_start_date (BrProgress  *self,
                            const GDate *date)
{
  g_return_if_fail (BR_IS_PROGRESS (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (br_progress_check_start_date (date, NULL));

  if (g_date_compare (&self->data.start_date, date) == 0)
    return;
  self->data.start_date = *date;
  persist (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * br_progress_get_current_week:
 * @today: the current time (its local date counts)
 * @n_weeks: the plan's length in weeks (at least 1)
 *
 * Returns: the plan's week @today falls in, 1-based: 1 on the start date
 *   and the six days after it, and clamped to 1..@n_weeks (before the start
 *   it is week 1, after the end the last week)
 */
guint
br_progress_get_current_week (BrProgress *self,
                              GDateTime  *today,
                              guint       n_weeks)
{
  GDate day;
  gint days;

  g_return_val_if_fail (BR_IS_PROGRESS (self), 1);
  g_return_val_if_fail (today != NULL, 1);

  if (n_weeks == 0)
    n_weeks = 1;
  _br_progress_set_today (&day, today);
  days = g_date_days_between (&self->data.start_date, &day);
  if (days < 0)
    return 1;
  return MIN ((guint) days / 7 + 1, n_weeks);
}

/* ---------------------------------------------------------------------- */
/* Items                                                                   */

BrItemState
br_progress_get_item_state (BrProgress *self,
                            const char *item_id)
{
  BrProgressItem *item;

  g_return_val_if_fail (BR_IS_PROGRESS (self), BR_ITEM_STATE_NOT_STARTED);
  g_return_val_if_fail (item_id != NULL, BR_ITEM_STATE_NOT_STARTED);

  item = g_hash_table_lookup (self->data.items, item_id);
  return item ? item->state : BR_ITEM_STATE_NOT_STARTED;
}

/**
 * br_progress_get_item_note:
 *
 * Returns: (transfer none): the item's note, "" when it has none
 */
const char *
br_progress_get_item_note (BrProgress *self,
                           const char *item_id)
{
  BrProgressItem *item;

  g_return_val_if_fail (BR_IS_PROGRESS (self), "");
  g_return_val_if_fail (item_id != NULL, "");

  item = g_hash_table_lookup (self->data.items, item_id);
  return item ? item->note : "";
}

static BrProgressItem *
ensure_item (BrProgress *self,
             const char *item_id)
{
  BrProgressItem *item = g_hash_table_lookup (self->data.items, item_id);

  if (item == NULL)
    {
      item = br_progress_item_new ();
      g_hash_table_insert (self->data.items, g_strdup (item_id), item);
    }
  return item;
}

static void
count_today (BrProgress *self)
{
  GDate today;
  gpointer key;
  guint count;

  _br_progress_set_today (&today, NULL);
  key = GUINT_TO_POINTER (g_date_get_julian (&today));
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->data.activity, key));
  if (count < G_MAXINT32)
    count++;
  g_hash_table_insert (self->data.activity, key, GUINT_TO_POINTER (count));
}

static void
item_changed (BrProgress *self,
              const char *item_id)
{
  BrProgressItem *item = g_hash_table_lookup (self->data.items, item_id);
  g_autofree char *id = g_strdup (item_id);

  /* An item back to its defaults needs no entry */
  if (item != NULL && item->state == BR_ITEM_STATE_NOT_STARTED && item->note[0] == '\0')
    g_hash_table_remove (self->data.items, item_id);

  count_today (self);
  persist (self);
  g_signal_emit (self, signals[ITEM_CHANGED], g_quark_from_string (id), id);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * br_progress_set_item_state:
 * @item_id: a study item's id; ids the guide does not know are kept too
 *
 * Sets the item's state, saves, and counts today as a study day.
 */
void
br_progress_set_item_state (BrProgress  *self,
                            const char  *item_id,
                            BrItemState  state)
{
  g_return_if_fail (BR_IS_PROGRESS (self));
  g_return_if_fail (item_id != NULL && *item_id != '\0');
  g_return_if_fail (state <= BR_ITEM_STATE_DONE);

  if (br_progress_get_item_state (self, item_id) == state)
    return;
  ensure_item (self, item_id)->state = state;
  item_changed (self, item_id);
}

/**
 * br_progress_set_item_note:
 * @note: (nullable): plain text; %NULL or "" for none. Text longer than the
 *   file format allows (BR_JSON_MAX_STRING characters) is cut.
 *
 * Sets the item's note, saves, and counts today as a study day.
 */
void
br_progress_set_item_note (BrProgress *self,
                           const char *item_id,
                           const char *note)
{
  g_autofree char *text = NULL;
  BrProgressItem *item;

  g_return_if_fail (BR_IS_PROGRESS (self));
  g_return_if_fail (item_id != NULL && *item_id != '\0');

  text = br_store_truncate_text (note);
  if (g_strcmp0 (br_progress_get_item_note (self, item_id), text) == 0)
    return;
  item = ensure_item (self, item_id);
  g_free (item->note);
  item->note = g_steal_pointer (&text);
  item_changed (self, item_id);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * br_progress_dup_item_ids:
 *
 * Returns: (transfer full): the ids of the items that have a state or a
 *   note, sorted, including ids the guide no longer has
 */
char **
br_progress_dup_item_ids (BrProgress *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (BR_IS_PROGRESS (self), NULL);

  g_hash_table_iter_init (&iter, self->data.items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_steal (ids, NULL);
}

/**
 * br_progress_count_done:
 * @item_ids: (array zero-terminated=1): study item ids
 *
 * Returns: how many of @item_ids are done
 */
guint
br_progress_count_done (BrProgress         *self,
                        const char * const *item_ids)
{
  guint n = 0;

  g_return_val_if_fail (BR_IS_PROGRESS (self), 0);

  for (guint i = 0; item_ids && item_ids[i]; i++)
    if (br_progress_get_item_state (self, item_ids[i]) == BR_ITEM_STATE_DONE)
      n++;
  return n;
}

/**
 * br_progress_count_done_in_model:
 * @entries: a list of #BrGuideEntry, such as br_block_get_items()
 *
 * Returns: how many of @entries are done
 */
guint
br_progress_count_done_in_model (BrProgress *self,
                                 GListModel *entries)
{
  guint n = 0;
  guint n_items;

  g_return_val_if_fail (BR_IS_PROGRESS (self), 0);
  g_return_val_if_fail (G_IS_LIST_MODEL (entries), 0);

  n_items = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (entries, i);

      if (BR_IS_GUIDE_ENTRY (entry) &&
          br_progress_get_item_state (self, br_guide_entry_get_id (BR_GUIDE_ENTRY (entry))) == BR_ITEM_STATE_DONE)
        n++;
    }
  return n;
}

/**
 * _br_progress_changed:
 *
 * Saves and tells listeners, after any change of the data.
 */
void
_br_progress_changed (BrProgress *self)
{
  persist (self);
  g_signal_emit (self, signals[CHANGED], 0);
}
