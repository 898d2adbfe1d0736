/* br-board-estimate-ops.c — placing an estimate note and changing its
 * inputs, each one undo step
 *
 * An estimate note is a yellow rounded rectangle whose label shows the
 * estimate's key figures (br_estimate_dup_note_text()) and which keeps the
 * estimate's inputs (#BrItemEstimate). Its review type is "none", so that
 * the design review never takes the figures in its label for a component
 * ("Storage…" is not object storage). Changing the inputs sets the label
 * again and widens the note to hold its lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>

#include "br-board-label.h"
#include "br-board-private.h"

#define NOTE_FILL 3           /* yellow, see br-board-render.c */
#define NOTE_MARGIN 24.0      /* around the lines, in board units */

/* The width the note's lines need side by side, unwrapped */
static double
natural_width (const BrItem *note,
               const char   *text)
{
  BrItem probe = *note;
  double width;

  probe.kind = BR_ITEM_TEXT;  /* text keeps its lines */
  br_item_measure_label (&probe, text, -1, &width, NULL);
  return ceil (width) + NOTE_MARGIN;
}

/* The box @note needs for @text: at least as wide as its lines, around the
 * same centre; it never shrinks what the user made bigger */
static void
fit_note (const BrItem *note,
          const char   *text,
          BrRect       *box)
{
  BrItem probe = *note;
  double width = natural_width (note, text);

  probe.x -= MAX (width - probe.width, 0) / 2;
  probe.width = MAX (probe.width, width);
  br_item_fit_label (&probe, text, box);
}

/**
 * br_board_add_estimate_note:
 * @estimate: the estimate the note keeps and shows
 * @cx: where its centre goes, in board units
 *
 * Places an estimate note on top, as one undo step.
 *
 * Returns: the note's id, owned by the board
 */
const char *
br_board_add_estimate_note (BrBoard    *self,
                            BrEstimate *estimate,
                            double      cx,
                            double      cy)
{
  g_autoptr(BrComponent) component = br_component_new ();
  g_autofree char *text = NULL;
  BrItem *item;
  BrRect box;

  g_return_val_if_fail (BR_IS_BOARD (self), NULL);
  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), NULL);

  text = br_estimate_dup_note_text (estimate);
  item = br_item_new (BR_ITEM_ROUNDED_RECTANGLE, cx, cy, 0, 40);
  item->filled = TRUE;
  item->fill_color = NOTE_FILL;
  item->stroke_color = NOTE_FILL;
  item->font_size = BR_FONT_SMALL;
  br_item_set_label (item, text);
  br_component_set (component, BR_FIELD_TYPE, BR_COMPONENT_UNTYPED);
  br_item_set_component (item, component);
  item->estimate = br_item_estimate_new_from (estimate);

  fit_note (item, item->label, &box);
  box.x = cx - box.width / 2;
  box.y = cy - box.height / 2;
  br_item_set_box (item, &box);
  return br_board_add_item (self, item);
}

/**
 * br_board_set_note_estimate:
 * @id: an estimate note
 * @estimate: its new inputs
 * @merge: join the newest undo step when the board has not changed since
 *   it (the caller knows it was this note's: another character typed
 *   into the same input)
 *
 * Gives the note @estimate's inputs and shows its figures; one undo step.
 *
 * Returns: whether anything changed; %FALSE for an id that is not an
 *   estimate note
 */
gboolean
br_board_set_note_estimate (BrBoard    *self,
                            const char *id,
                            BrEstimate *estimate,
                            gboolean    merge)
{
  g_autoptr(BrItemEstimate) inputs = NULL;
  g_autofree char *text = NULL;
  BrItem *item;
  BrRect box;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), FALSE);

  item = _br_board_lookup (self, id);
  if (item == NULL || item->estimate == NULL || self->replaying)
    return FALSE;

  inputs = br_item_estimate_new_from (estimate);
  text = br_estimate_dup_note_text (estimate);
  if (br_item_estimate_equal (inputs, item->estimate) && g_str_equal (text, item->label))
    return FALSE;

  if (merge && _br_board_reopen_last_step (self))
    self->op_depth++;
  else
    _br_board_op_begin (self);

  _br_board_modify_begin (self, item);
  br_item_estimate_free (item->estimate);
  item->estimate = g_steal_pointer (&inputs);
  br_item_set_label (item, text);
  if (!item->locked)
    {
      fit_note (item, item->label, &box);
      br_item_set_box (item, &box);
    }
  _br_board_modify_end (self, item);
  _br_board_op_end (self);
  return TRUE;
}

/**
 * br_board_get_note_estimate:
 * @estimate: where the note's inputs go
 *
 * Returns: whether @id is an estimate note (and @estimate now has its
 *   inputs)
 */
gboolean
br_board_get_note_estimate (BrBoard    *self,
                            const char *id,
                            BrEstimate *estimate)
{
  const BrItem *item;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail (BR_IS_ESTIMATE (estimate), FALSE);

  item = br_board_lookup (self, id);
  if (item == NULL || item->estimate == NULL)
    return FALSE;
  br_item_estimate_apply (item->estimate, estimate);
  return TRUE;
}

/**
 * br_board_has_estimate_notes:
 *
 * Returns: whether any item of the board keeps an estimate
 */
gboolean
br_board_has_estimate_notes (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);

  for (guint i = 0; i < br_board_get_n_items (self); i++)
    if (br_board_get_item (self, i)->estimate != NULL)
      return TRUE;
  return FALSE;
}
