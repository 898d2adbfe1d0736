/* br-length-chooser.h — a round's length: Phone Screen, Onsite, or minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "br-minutes-spin.h"

G_BEGIN_DECLS

#define BR_TYPE_LENGTH_CHOOSER (br_length_chooser_get_type ())

G_DECLARE_FINAL_TYPE (BrLengthChooser, br_length_chooser, BR, LENGTH_CHOOSER, GtkWidget)

GtkWidget     *br_length_chooser_new            (guint            min_length,
                                                 guint            max_length,
                                                 guint            length);
guint          br_length_chooser_get_length     (BrLengthChooser *self);
void           br_length_chooser_set_length     (BrLengthChooser *self,
                                                 guint            length);
guint          br_length_chooser_get_min_length (BrLengthChooser *self);
guint          br_length_chooser_get_max_length (BrLengthChooser *self);
void           br_length_chooser_set_range      (BrLengthChooser *self,
                                                 guint            min_length,
                                                 guint            max_length);
BrMinutesSpin *br_length_chooser_get_spin       (BrLengthChooser *self);
const char    *br_length_chooser_get_message    (BrLengthChooser *self);

G_END_DECLS
