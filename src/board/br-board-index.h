/* br-board-index.h — a spatial index over item boxes (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-item.h"

G_BEGIN_DECLS

/**
 * BrBoardIndex:
 *
 * A hierarchy of uniform grids over the boxes of items. Level L has square
 * cells of 64·2^L board units; an item lives in the finest level whose cells
 * are at least as large as its box, so it is in at most 2×2 cells of it.
 * Inserting, removing and updating an item cost O(1) (plus the length of
 * the cells it leaves); a query looks at the few cells around it on each
 * level that holds items.
 *
 * The index keeps its bookkeeping inside the items (index_level,
 * index_cells, index_stamp); an item is in at most one index.
 */
typedef struct _BrBoardIndex BrBoardIndex;

/**
 * BrBoardIndexStats:
 * @updates: items the index was told about (inserted, removed, or whose
 *   box changed)
 * @reindexed: those of them that went into other cells
 * @cells: cells an item went into or left
 *
 * What an index did, for tests and benchmarks: that an edit touches only
 * what it changed is a count, not a time.
 */
typedef struct {
  guint updates;
  guint reindexed;
  guint cells;
} BrBoardIndexStats;

BrBoardIndex *br_board_index_new     (void);
void          br_board_index_free    (BrBoardIndex *self);
void          br_board_index_insert  (BrBoardIndex *self,
                                      BrItem       *item);
void          br_board_index_remove  (BrBoardIndex *self,
                                      BrItem       *item);
void          br_board_index_update  (BrBoardIndex *self,
                                      BrItem       *item);
guint         br_board_index_get_n_items (BrBoardIndex *self);
void          br_board_index_take_stats  (BrBoardIndex      *self,
                                          BrBoardIndexStats *stats);
void          br_board_index_query   (BrBoardIndex *self,
                                      const BrRect *rect,
                                      GPtrArray    *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrBoardIndex, br_board_index_free)

G_END_DECLS
