/* br-test-locale.h — a German locale for the tests, generated if missing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *br_test_german_locale_path (void);
gboolean    br_test_use_german_locale  (void);

G_END_DECLS
