/* br-round-private.h — what the files of the round engine share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-round.h"

G_BEGIN_DECLS

typedef struct {
  BrPhase *phase;
  guint min;
  guint max;
  guint budget;       /* minutes */
  guint planned;      /* the budget when the round started; reset restores it */
  gint64 spent;       /* microseconds of closed stretches */
} BrRoundSlot;

struct _BrRound
{
  GObject parent_instance;

  BrClock *clock;
  GListModel *model;    /* only until constructed() */

  BrRoundSlot *slots;
  guint n_slots;
  guint min_length;
  guint max_length;
  guint length;         /* always the sum of the budgets */

  BrRoundState state;
  guint current;
  gint64 open_since;    /* clock time the open stretch began, while running */
  gint64 start_time;    /* clock time of br_round_start() */
  GDateTime *started;   /* wall-clock time of br_round_start() */
  gboolean completed;
};

/* br-round-budget.c */
gboolean _br_round_allocate (const guint *min,
                             const guint *max,
                             guint        n,
                             guint        length,
                             guint       *budgets);

G_END_DECLS
