/* br-startup-probe.h — start-up figures for the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void br_startup_probe_attach (GtkWindow *window);

G_END_DECLS
