/* fuzz-reference.c — libFuzzer target for br_reference_parse()
 *
 * Whatever the bytes, the loader must either return reference numbers or
 * fail with a BR_DOC_ERROR; it must not crash, leak, read out of bounds or
 * log a warning. Numbers that load are turned into the rows the reference
 * view shows, and every figure must read as a finite number with a source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "br-doc-error.h"
#include "br-reference-rows.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_figure (const BrReferenceFigure *figure)
{
  g_autofree char *text = br_reference_format_figure (figure);

  g_assert (isfinite (figure->value) && figure->value > 0);
  g_assert (figure->up_to == 0 || figure->up_to >= figure->value);
  g_assert (figure->source != NULL && figure->source->url != NULL);
  g_assert (text != NULL && g_utf8_validate (text, -1, NULL));
  g_assert (strstr (text, "nan") == NULL && strstr (text, "inf") == NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrReference) reference = NULL;
  g_autoptr(GListModel) rows = NULL;

  if (!initialized)
    {
      /* A critical or a warning is a bug too */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  bytes = g_bytes_new_static (data, size);
  reference = br_reference_parse (bytes, &error);
  if (reference == NULL)
    {
      g_assert (error != NULL && error->domain == BR_DOC_ERROR);
      return 0;
    }
  g_assert (error == NULL);

  for (guint i = 0; i < br_reference_get_n_latencies (reference); i++)
    check_figure (&br_reference_get_latency (reference, i)->figure);
  for (guint i = 0; i < br_reference_get_n_components (reference); i++)
    {
      const BrReferenceComponent *component = br_reference_get_component (reference, i);

      g_assert (br_reference_find_component (reference, component->type) == component);
      for (guint slot = 0; slot < BR_REFERENCE_N_SLOTS; slot++)
        if (component->figures[slot] != NULL)
          check_figure (component->figures[slot]);
    }

  rows = br_reference_build_rows (reference);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BrReferenceRow) row = g_list_model_get_item (rows, i);

      g_assert (g_utf8_validate (br_reference_row_get_detail (row), -1, NULL));
      g_assert (br_reference_row_matches (row, br_reference_row_get_title (row)));
    }
  return 0;
}
