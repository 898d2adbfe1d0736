/* br-board.h — the whiteboard document: items, operations, history (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "br-board-index.h"
#include "br-board-item.h"

G_BEGIN_DECLS

#define BR_TYPE_BOARD (br_board_get_type ())

G_DECLARE_FINAL_TYPE (BrBoard, br_board, BR, BOARD, GObject)

/* The deepest undo history a board keeps unless told otherwise */
#define BR_BOARD_DEFAULT_HISTORY 1000

/**
 * BrBoardChanges:
 * @added: ids of the items added (in z-order)
 * @removed: ids of the items removed
 * @changed: ids of the items whose content or geometry changed, arrows that
 *   followed a moved item included; no id is listed twice
 * @restacked: whether the z-order changed
 * @damage: the union of the boxes (before and after) of every item in the
 *   lists, in board units; its width is negative when it is empty
 *
 * What one operation did, as #BrBoard::changed reports it. Valid only
 * during the signal's emission.
 */
typedef struct {
  GPtrArray *added;
  GPtrArray *removed;
  GPtrArray *changed;
  gboolean restacked;
  BrRect damage;
} BrBoardChanges;

/**
 * BrItemProperty:
 *
 * The style properties br_board_set_property() sets. Values are the
 * enum values (palette indices for colours, 0/1 for booleans).
 */
typedef enum {
  BR_PROP_STROKE_COLOR,
  BR_PROP_FILL_COLOR,
  BR_PROP_FILLED,
  BR_PROP_STROKE_WIDTH,
  BR_PROP_LINE_STYLE,
  BR_PROP_FONT_SIZE,
  BR_PROP_ROUTING,
  BR_PROP_HEADS,
  BR_PROP_STENCIL,
  BR_PROP_LOCKED,
} BrItemProperty;

typedef enum {
  BR_REORDER_FORWARD,
  BR_REORDER_BACKWARD,
  BR_REORDER_TO_FRONT,
  BR_REORDER_TO_BACK,
} BrReorder;

/**
 * BrView:
 *
 * Where the board was looked at when it was saved (board units at the
 * view's top-left corner, and the zoom factor).
 */
typedef struct {
  double x, y, zoom;
} BrView;

#define BR_VIEW_MIN_ZOOM 0.1
#define BR_VIEW_MAX_ZOOM 10.0

BrBoard       *br_board_new               (void);

/* Reading */
guint          br_board_get_n_items       (BrBoard            *self);
const BrItem  *br_board_get_item          (BrBoard            *self,
                                           guint               index);
const BrItem  *br_board_lookup            (BrBoard            *self,
                                           const char         *id);
guint64        br_board_get_serial        (BrBoard            *self);
guint64        br_board_get_state         (BrBoard            *self);
gboolean       br_board_get_view          (BrBoard            *self,
                                           BrView             *out);
void           br_board_set_view          (BrBoard            *self,
                                           const BrView       *view);
GPtrArray     *br_board_get_group         (BrBoard            *self,
                                           const char         *group);

/* Operations: each is one undo step, or part of the open transaction.
 * @ids is a NULL-terminated list; unknown ids are skipped. They return
 * whether anything changed. */
const char    *br_board_add_item          (BrBoard            *self,
                                           BrItem             *item);
gboolean       br_board_remove            (BrBoard            *self,
                                           const char * const *ids);
gboolean       br_board_move              (BrBoard            *self,
                                           const char * const *ids,
                                           double              dx,
                                           double              dy);
gboolean       br_board_set_box           (BrBoard            *self,
                                           const char         *id,
                                           const BrRect       *box);
gboolean       br_board_set_arrow_end     (BrBoard            *self,
                                           const char         *arrow_id,
                                           BrArrowSide         side,
                                           double              x,
                                           double              y,
                                           const char         *bind_to);
gboolean       br_board_set_label         (BrBoard            *self,
                                           const char         *id,
                                           const char         *label);
gboolean       br_board_set_property      (BrBoard            *self,
                                           const char * const *ids,
                                           BrItemProperty      property,
                                           guint               value);
gboolean       br_board_reorder           (BrBoard            *self,
                                           const char * const *ids,
                                           BrReorder           how);
char          *br_board_group             (BrBoard            *self,
                                           const char * const *ids);
gboolean       br_board_ungroup           (BrBoard            *self,
                                           const char * const *ids);
GStrv          br_board_duplicate         (BrBoard            *self,
                                           const char * const *ids,
                                           double              dx,
                                           double              dy);
BrBoard       *br_board_copy_items        (BrBoard            *self,
                                           const char * const *ids);
GStrv          br_board_paste             (BrBoard            *self,
                                           BrBoard            *source,
                                           double              dx,
                                           double              dy);

/* History */
void           br_board_begin_transaction (BrBoard            *self);
void           br_board_commit            (BrBoard            *self);
void           br_board_rollback          (BrBoard            *self);
gboolean       br_board_in_transaction    (BrBoard            *self);
gboolean       br_board_can_undo          (BrBoard            *self);
gboolean       br_board_can_redo          (BrBoard            *self);
gboolean       br_board_undo              (BrBoard            *self);
gboolean       br_board_redo              (BrBoard            *self);
guint          br_board_get_n_undo_steps  (BrBoard            *self);
guint          br_board_get_history_limit (BrBoard            *self);
void           br_board_set_history_limit (BrBoard            *self,
                                           guint               limit);
void           br_board_clear_history     (BrBoard            *self);

/* Spatial queries (through the index) */
const BrItem  *br_board_hit_test          (BrBoard            *self,
                                           double              x,
                                           double              y,
                                           double              tolerance);
GPtrArray     *br_board_query_rect        (BrBoard            *self,
                                           const BrRect       *rect,
                                           gboolean            contained);
const BrItem  *br_board_find_bindable     (BrBoard            *self,
                                           double              x,
                                           double              y,
                                           double              radius,
                                           const char         *exclude_id);
void           br_board_take_index_stats  (BrBoard            *self,
                                           BrBoardIndexStats  *stats);

G_END_DECLS
