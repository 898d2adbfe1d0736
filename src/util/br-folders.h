/* br-folders.h — where a file chooser starts (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFile *br_default_folder (GFile          *near,
                          GUserDirectory  special);

G_END_DECLS
