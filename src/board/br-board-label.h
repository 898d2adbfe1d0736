/* br-board-label.h — where labels go, how they are laid out, and the box a
 * shape needs to hold its label (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "br-board.h"

G_BEGIN_DECLS

/* How wide an arrow's label may be before it wraps, in board units */
#define BR_ARROW_LABEL_WIDTH 200.0

PangoContext *br_label_get_context       (void);
void          br_label_layout_setup      (PangoLayout   *layout,
                                          const BrItem  *item,
                                          const char    *text,
                                          double         width);
gboolean      br_item_label_wraps        (const BrItem  *item);
void          br_item_get_text_area      (const BrItem  *item,
                                          gboolean       labelled,
                                          BrRect        *area);
void          br_item_measure_label      (const BrItem  *item,
                                          const char    *text,
                                          double         width,
                                          double        *text_width,
                                          double        *text_height);
double        br_item_longest_word       (const BrItem  *item,
                                          const char    *text);
gboolean      br_item_fit_label          (const BrItem  *item,
                                          const char    *text,
                                          BrRect        *box);
gboolean      br_board_set_label_fitted  (BrBoard       *board,
                                          const char    *id,
                                          const char    *text);

G_END_DECLS
