/* br-minutes-spin.h — a number of minutes, changed only on purpose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BR_TYPE_MINUTES_SPIN (br_minutes_spin_get_type ())

G_DECLARE_FINAL_TYPE (BrMinutesSpin, br_minutes_spin, BR, MINUTES_SPIN, GtkWidget)

GtkWidget     *br_minutes_spin_new              (guint          lower,
                                                 guint          upper,
                                                 guint          value);
guint          br_minutes_spin_get_value        (BrMinutesSpin *self);
void           br_minutes_spin_set_value        (BrMinutesSpin *self,
                                                 guint          value);
guint          br_minutes_spin_get_lower        (BrMinutesSpin *self);
guint          br_minutes_spin_get_upper        (BrMinutesSpin *self);
void           br_minutes_spin_set_range        (BrMinutesSpin *self,
                                                 guint          lower,
                                                 guint          upper);
const char    *br_minutes_spin_get_clamped_from (BrMinutesSpin *self);
void           br_minutes_spin_update           (BrMinutesSpin *self);
GtkSpinButton *br_minutes_spin_get_spin_button  (BrMinutesSpin *self);

G_END_DECLS
