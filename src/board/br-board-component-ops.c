/* br-board-component-ops.c — the operations that change an item's review
 * properties, and the board's review targets
 *
 * Each property change is one undo step (or part of the open
 * transaction) and reports the items it changed through
 * #BrBoard::changed, like every other operation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include "br-board-private.h"

typedef gboolean (*Change) (BrItem           *item,
                            BrComponentField  field,
                            double            value);

static gboolean
change_set (BrItem           *item,
            BrComponentField  field,
            double            value)
{
  if (br_item_has_field (item, field) && br_item_get_field (item, field, 0) == value + 0.0)
    return FALSE;
  if (item->component == NULL)
    item->component = br_component_new ();
  br_component_set (item->component, field, value);
  return TRUE;
}

static gboolean
change_unset (BrItem           *item,
              BrComponentField  field,
              double            value)
{
  if (!br_item_has_field (item, field))
    return FALSE;
  br_component_unset (item->component, field);
  if (br_component_is_empty (item->component))
    g_clear_pointer (&item->component, br_component_free);
  return TRUE;
}

static gboolean
apply (BrBoard            *self,
       const char * const *ids,
       BrComponentField    field,
       double              value,
       Change              change)
{
  gboolean changed = FALSE;

  _br_board_op_begin (self);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      BrItem *item = _br_board_lookup (self, ids[i]);
      BrItem probe;
      gboolean differs;

      if (item == NULL || !br_component_field_applies (field, item))
        continue;

      /* Try on a copy first, so nothing is recorded for no change */
      probe = *item;
      probe.component = br_component_copy (item->component);
      differs = change (&probe, field, value);
      br_component_free (probe.component);
      if (!differs)
        continue;

      _br_board_modify_begin (self, item);
      change (item, field, value);
      _br_board_modify_end (self, item);
      changed = TRUE;
    }
  _br_board_op_end (self);
  return changed;
}

/**
 * br_board_set_field:
 * @ids: a %NULL-terminated list of items; those @field does not apply to
 *   (a type on an arrow) and unknown ids are skipped
 * @error: a #BR_DOC_ERROR_RANGE saying the field's range when @value is
 *   outside it
 *
 * Sets a review property of items, as one undo step.
 *
 * Returns: whether anything changed; %FALSE with @error set for a value
 *   the field does not allow
 */
gboolean
br_board_set_field (BrBoard             *self,
                    const char * const  *ids,
                    BrComponentField     field,
                    double               value,
                    GError             **error)
{
  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, FALSE);

  if (!br_component_field_check (field, value, error))
    return FALSE;
  return apply (self, ids, field, value, change_set);
}

/**
 * br_board_unset_field:
 *
 * Forgets a review property the user set, so that the review takes it from
 * the label or the reference numbers again; one undo step.
 *
 * Returns: whether anything changed
 */
gboolean
br_board_unset_field (BrBoard            *self,
                      const char * const *ids,
                      BrComponentField    field)
{
  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail ((guint) field < BR_N_FIELDS, FALSE);

  return apply (self, ids, field, 0, change_unset);
}

/**
 * br_board_get_targets:
 * @out: (out): the board's targets, the defaults when it has none of its own
 *
 * Returns: whether the board has targets of its own
 */
gboolean
br_board_get_targets (BrBoard         *self,
                      BrReviewTargets *out)
{
  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  if (out != NULL)
    *out = self->targets;
  return self->has_targets;
}

/**
 * br_board_set_targets:
 * @targets: (nullable): the targets, or %NULL for the defaults; values
 *   outside their ranges are refused
 *
 * Sets what the design must meet. Like the view it is saved with the board
 * but is not an undo step; #BrBoard::targets-changed tells.
 *
 * Returns: whether they changed
 */
gboolean
br_board_set_targets (BrBoard               *self,
                      const BrReviewTargets *targets)
{
  BrReviewTargets now;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail (targets == NULL || br_review_targets_check (targets, NULL), FALSE);

  if (targets != NULL)
    now = *targets;
  else
    br_review_targets_init (&now);
  if ((targets != NULL) == self->has_targets &&
      now.p99_ms == self->targets.p99_ms && now.availability == self->targets.availability)
    return FALSE;

  self->targets = now;
  self->has_targets = targets != NULL;
  _br_board_targets_changed (self);
  return TRUE;
}
