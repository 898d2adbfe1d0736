/* br-board-private.h — what the board's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board.h"
#include "br-board-component.h"
#include "br-board-estimate.h"
#include "br-board-index.h"

G_BEGIN_DECLS

typedef struct _BrBoardStep BrBoardStep;

struct _BrBoard
{
  GObject parent_instance;

  GPtrArray *items;           /* BrItem *, owned, bottom first */
  GHashTable *by_id;          /* id -> BrItem *, keys are the items' ids */
  BrBoardIndex *index;
  GPtrArray *scratch;         /* reused by the queries */
  guint next_id;
  guint next_group;
  guint64 serial;
  guint64 state;              /* which content the history is at (br_board_get_state()) */
  guint64 next_state;
  guint64 open_before;        /* the state the open step started from */
  BrView view;
  gboolean has_view;
  BrReviewTargets targets;    /* br-board-component-ops.c */
  gboolean has_targets;

  /* History (br-board-history.c) */
  GQueue undo;                /* BrBoardStep *, newest last */
  GQueue redo;
  BrBoardStep *open;          /* the step being recorded */
  guint transaction_depth;
  guint op_depth;
  guint limit;
  gboolean replaying;
  gboolean could_undo;
  gboolean could_redo;

  /* What the running operation changed */
  BrBoardChanges changes;
  GHashTable *changed_set;    /* ids in changes.changed */
};

/* br-board.c: the primitives every change is made of. Each keeps the id
 * table, the z numbers, the bindings, the index and the change report
 * right, and records itself for undo unless the history replays. */
void      _br_board_op_begin          (BrBoard      *self);
void      _br_board_op_end            (BrBoard      *self);
void      _br_board_insert            (BrBoard      *self,
                                       BrItem       *item,
                                       guint         index);
void      _br_board_detach            (BrBoard      *self,
                                       guint         index);
void      _br_board_restack           (BrBoard      *self,
                                       guint         from,
                                       guint         to);
void      _br_board_modify_begin      (BrBoard      *self,
                                       BrItem       *item);
void      _br_board_modify_end        (BrBoard      *self,
                                       BrItem       *item);
void      _br_board_assign            (BrItem       *dst,
                                       const BrItem *src);
BrItem   *_br_board_lookup            (BrBoard      *self,
                                       const char   *id);
char     *_br_board_new_id            (BrBoard      *self);
char     *_br_board_new_group        (BrBoard      *self);
void      _br_board_bind              (BrBoard      *self,
                                       BrItem       *arrow,
                                       guint         side,
                                       const char   *item_id);
void      _br_board_load              (BrBoard      *self,
                                       GPtrArray    *items);
void      _br_board_notify_history    (BrBoard      *self);
void      _br_board_committed         (BrBoard      *self);
void      _br_board_targets_changed   (BrBoard      *self);

/* br-board-history.c */
BrBoardStep *_br_board_step_new       (void);
void      _br_board_step_free         (BrBoardStep  *step);
gboolean  _br_board_step_is_empty     (BrBoardStep  *step);
void      _br_board_finish_step       (BrBoard      *self);
void      _br_board_step_opened       (BrBoard      *self);
void      _br_board_content_changed   (BrBoard      *self);
void      _br_board_record_insert     (BrBoard      *self,
                                       const BrItem *item,
                                       guint         index);
void      _br_board_record_remove     (BrBoard      *self,
                                       const BrItem *item,
                                       guint         index);
void      _br_board_record_restack    (BrBoard      *self,
                                       const char   *id,
                                       guint         from,
                                       guint         to);
void      _br_board_record_modify_begin (BrBoard    *self,
                                       const BrItem *item);
void      _br_board_record_modify_end (BrBoard      *self,
                                       const BrItem *item);
gboolean  _br_board_reopen_last_step  (BrBoard      *self);

G_END_DECLS
