/* br-board-history.c — undo and redo, transactions, the history cap
 *
 * A step is the list of primitive changes one operation (or one
 * transaction) made, in order: an item inserted or removed at a position
 * (with a copy of it), an item moved in z-order, or an item's content
 * changed (with copies before and after). Undo applies the inverses in
 * reverse order; redo applies the changes again. Arrow ends bound to items
 * are derived data, re-derived by the primitives, so they need no records.
 *
 * Within a step, changes to the same item merge while no insertion,
 * removal or restacking comes between: a drag of 200 motion events over
 * 10 items is 10 records, each with the state before the drag and after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include "br-board-private.h"

typedef enum {
  RECORD_INSERT,
  RECORD_REMOVE,
  RECORD_RESTACK,
  RECORD_MODIFY,
} RecordKind;

typedef struct {
  RecordKind kind;
  guint from, to;     /* positions: INSERT uses to, REMOVE from */
  char *id;
  BrItem *before;     /* REMOVE, MODIFY */
  BrItem *after;      /* INSERT, MODIFY */
} Record;

struct _BrBoardStep
{
  GArray *records;    /* Record */
  GHashTable *merge;  /* id -> index + 1 of its MODIFY record */
  guint64 before;     /* the board's state (br_board_get_state()) before the step */
  guint64 after;      /* and after it */
};

static void
record_clear (gpointer data)
{
  Record *record = data;

  g_free (record->id);
  g_clear_pointer (&record->before, br_item_free);
  g_clear_pointer (&record->after, br_item_free);
}

BrBoardStep *
_br_board_step_new (void)
{
  BrBoardStep *step = g_new0 (BrBoardStep, 1);

  step->records = g_array_new (FALSE, TRUE, sizeof (Record));
  g_array_set_clear_func (step->records, record_clear);
  step->merge = g_hash_table_new (g_str_hash, g_str_equal);
  return step;
}

void
_br_board_step_free (BrBoardStep *step)
{
  if (step == NULL)
    return;
  g_hash_table_unref (step->merge);
  g_array_unref (step->records);
  g_free (step);
}

gboolean
_br_board_step_is_empty (BrBoardStep *step)
{
  return step->records->len == 0;
}

static Record *
append (BrBoard    *self,
        RecordKind  kind,
        const char *id)
{
  Record record = { kind, 0, 0, g_strdup (id), NULL, NULL };

  g_assert (self->open != NULL);
  if (kind != RECORD_MODIFY)
    g_hash_table_remove_all (self->open->merge);
  g_array_append_val (self->open->records, record);
  return &g_array_index (self->open->records, Record, self->open->records->len - 1);
}

void
_br_board_record_insert (BrBoard      *self,
                         const BrItem *item,
                         guint         index)
{
  Record *record = append (self, RECORD_INSERT, item->id);

  record->to = index;
  record->after = br_item_copy (item);
}

void
_br_board_record_remove (BrBoard      *self,
                         const BrItem *item,
                         guint         index)
{
  Record *record = append (self, RECORD_REMOVE, item->id);

  record->from = index;
  record->before = br_item_copy (item);
}

void
_br_board_record_restack (BrBoard    *self,
                          const char *id,
                          guint       from,
                          guint       to)
{
  Record *record = append (self, RECORD_RESTACK, id);

  record->from = from;
  record->to = to;
}

void
_br_board_record_modify_begin (BrBoard      *self,
                               const BrItem *item)
{
  Record *record;

  if (g_hash_table_contains (self->open->merge, item->id))
    return;
  record = append (self, RECORD_MODIFY, item->id);
  record->before = br_item_copy (item);
  g_hash_table_insert (self->open->merge, record->id, GUINT_TO_POINTER (self->open->records->len));
}

void
_br_board_record_modify_end (BrBoard      *self,
                             const BrItem *item)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->open->merge, item->id));
  Record *record;

  g_assert (n > 0);
  record = &g_array_index (self->open->records, Record, n - 1);
  g_clear_pointer (&record->after, br_item_free);
  record->after = br_item_copy (item);
}

/* ---------------------------------------------------------------------- */
/* Replaying                                                               */

static void
apply (BrBoard      *self,
       const Record *record,
       gboolean      forward)
{
  BrItem *item;

  switch (record->kind)
    {
    case RECORD_INSERT:
      if (forward)
        _br_board_insert (self, br_item_copy (record->after), record->to);
      else
        {
          g_assert (g_strcmp0 (br_board_get_item (self, record->to)->id, record->id) == 0);
          _br_board_detach (self, record->to);
        }
      break;

    case RECORD_REMOVE:
      if (forward)
        {
          g_assert (g_strcmp0 (br_board_get_item (self, record->from)->id, record->id) == 0);
          _br_board_detach (self, record->from);
        }
      else
        _br_board_insert (self, br_item_copy (record->before), record->from);
      break;

    case RECORD_RESTACK:
      if (forward)
        _br_board_restack (self, record->from, record->to);
      else
        _br_board_restack (self, record->to, record->from);
      break;

    case RECORD_MODIFY:
      item = _br_board_lookup (self, record->id);
      g_assert (item != NULL);
      _br_board_modify_begin (self, item);
      _br_board_assign (item, forward ? record->after : record->before);
      _br_board_modify_end (self, item);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
replay (BrBoard     *self,
        BrBoardStep *step,
        gboolean     forward)
{
  guint n = step->records->len;

  self->replaying = TRUE;
  _br_board_op_begin (self);
  for (guint i = 0; i < n; i++)
    apply (self, &g_array_index (step->records, Record, forward ? i : n - 1 - i), forward);
  _br_board_op_end (self);
  self->replaying = FALSE;
}

/* Ends the open step: an empty one vanishes, any other becomes the newest
 * undo step, clears the redo steps and may push the oldest one out. */
void
_br_board_finish_step (BrBoard *self)
{
  BrBoardStep *step = g_steal_pointer (&self->open);

  if (step == NULL)
    return;
  if (_br_board_step_is_empty (step))
    {
      /* Nothing changed: the board is where it started */
      self->state = self->open_before;
      _br_board_step_free (step);
      return;
    }

  step->before = self->open_before;
  step->after = ++self->next_state;
  self->state = step->after;

  /* Merging is over: free the table now rather than keep it for 500 steps */
  g_hash_table_remove_all (step->merge);
  g_queue_push_tail (&self->undo, step);
  g_queue_clear_full (&self->redo, (GDestroyNotify) _br_board_step_free);
  while (self->undo.length > self->limit)
    _br_board_step_free (g_queue_pop_head (&self->undo));
  _br_board_notify_history (self);
}

/* ---------------------------------------------------------------------- */
/* Public                                                                  */

/**
 * br_board_begin_transaction:
 *
 * Starts collecting every change until the matching br_board_commit() into
 * one undo step (a drag: begin on press, one operation per motion event,
 * commit on release). Transactions nest; only the outermost one counts.
 */
void
br_board_begin_transaction (BrBoard *self)
{
  g_return_if_fail (BR_IS_BOARD (self));
  g_return_if_fail (self->op_depth == 0);

  if (self->transaction_depth++ == 0)
    {
      self->open = _br_board_step_new ();
      _br_board_step_opened (self);
    }
}

/* A step starts recording from the board's present state */
void
_br_board_step_opened (BrBoard *self)
{
  self->open_before = self->state;
}

void
br_board_commit (BrBoard *self)
{
  g_return_if_fail (BR_IS_BOARD (self));
  g_return_if_fail (self->transaction_depth > 0);

  if (--self->transaction_depth == 0)
    {
      _br_board_finish_step (self);
      _br_board_committed (self);
    }
}

/**
 * br_board_rollback:
 *
 * Ends the open transaction (all levels of it) by undoing what it did, and
 * records nothing (Escape during a drag).
 */
void
br_board_rollback (BrBoard *self)
{
  BrBoardStep *step;

  g_return_if_fail (BR_IS_BOARD (self));
  g_return_if_fail (self->transaction_depth > 0);

  self->transaction_depth = 0;
  step = g_steal_pointer (&self->open);
  /* Set first: "changed" listeners read it */
  self->state = self->open_before;
  replay (self, step, FALSE);
  _br_board_step_free (step);
}

gboolean
br_board_in_transaction (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  return self->transaction_depth > 0;
}

gboolean
br_board_can_undo (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  return self->undo.length > 0 && self->transaction_depth == 0;
}

gboolean
br_board_can_redo (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  return self->redo.length > 0 && self->transaction_depth == 0;
}

gboolean
br_board_undo (BrBoard *self)
{
  BrBoardStep *step;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  if (!br_board_can_undo (self))
    return FALSE;
  step = g_queue_pop_tail (&self->undo);
  self->state = step->before;
  replay (self, step, FALSE);
  g_queue_push_tail (&self->redo, step);
  _br_board_notify_history (self);
  return TRUE;
}

gboolean
br_board_redo (BrBoard *self)
{
  BrBoardStep *step;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  if (!br_board_can_redo (self))
    return FALSE;
  step = g_queue_pop_tail (&self->redo);
  self->state = step->after;
  replay (self, step, TRUE);
  g_queue_push_tail (&self->undo, step);
  _br_board_notify_history (self);
  return TRUE;
}

guint
br_board_get_n_undo_steps (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), 0);
  return self->undo.length;
}

guint
br_board_get_history_limit (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), 0);
  return self->limit;
}

/**
 * br_board_set_history_limit:
 * @limit: how many undo steps to keep, at least 1; the oldest go first
 */
void
br_board_set_history_limit (BrBoard *self,
                            guint    limit)
{
  g_return_if_fail (BR_IS_BOARD (self));

  self->limit = MAX (limit, 1);
  while (self->undo.length > self->limit)
    _br_board_step_free (g_queue_pop_head (&self->undo));
  _br_board_notify_history (self);
}

void
br_board_clear_history (BrBoard *self)
{
  g_return_if_fail (BR_IS_BOARD (self));
  g_return_if_fail (self->transaction_depth == 0);

  g_queue_clear_full (&self->undo, (GDestroyNotify) _br_board_step_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) _br_board_step_free);
  _br_board_notify_history (self);
}

/**
 * _br_board_reopen_last_step:
 *
 * Opens the newest undo step again, so that the operation that follows
 * joins it (an estimate note's input typed a character at a time is one
 * step). Only when nothing else is open and the board is still where that
 * step left it; the caller then runs its operation with op_depth raised
 * by hand and ends it with _br_board_op_end().
 *
 * Returns: whether the step was reopened
 */
gboolean
_br_board_reopen_last_step (BrBoard *self)
{
  BrBoardStep *step;

  if (self->transaction_depth > 0 || self->op_depth > 0 || self->replaying ||
      self->open != NULL || self->undo.length == 0)
    return FALSE;
  step = g_queue_peek_tail (&self->undo);
  if (step->after != self->state)
    return FALSE;

  g_queue_pop_tail (&self->undo);
  self->open = step;
  self->open_before = step->before;
  return TRUE;
}
