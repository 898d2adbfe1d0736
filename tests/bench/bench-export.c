/* bench-export.c — how long exporting a board takes
 *
 * Builds boards of N shapes, each with a label, and as many arrows (see
 * bench-boards.c), and prints the time of each export: PNG at 1x (when
 * the board fits in a PNG), SVG and PDF, and of reading the board back
 * from the PNG and the SVG. Not a test: it prints.
 * Usage: bench-export [SIZES...]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdlib.h>

#include "br-board-export.h"
#include "bench-boards.h"

#define SPACING 200.0

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static GBytes *
timed_export (BrBoard        *board,
              BrExportFormat  format,
              double          scale)
{
  g_autoptr(GError) error = NULL;
  BrExportOptions options;
  GBytes *bytes;
  double start = now_ms ();

  br_export_options_init (&options);
  options.format = format;
  options.scale = scale;
  bytes = br_board_export (board, &options, &error);
  if (bytes == NULL)
    g_print ("  %s: %s\n", br_export_format_get_extension (format), error->message);
  else
    g_print ("  %s %.0fx: %.0f ms, %.1f MiB\n", br_export_format_get_extension (format), scale,
             now_ms () - start, g_bytes_get_size (bytes) / 1048576.0);
  return bytes;
}

static void
timed_extract (const char *what,
               GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = NULL;
  double start = now_ms ();

  if (bytes == NULL)
    return;
  board = br_board_export_extract (bytes, &error);
  g_print ("  reading the board from the %s: %.0f ms%s%s\n", what, now_ms () - start,
           error ? ", " : "", error ? error->message : "");
}

int
main (int   argc,
      char *argv[])
{
  guint sizes[8] = { 100, 1000 };
  guint n_sizes = 2;

  if (argc > 1)
    {
      n_sizes = 0;
      for (int i = 1; i < argc && n_sizes < G_N_ELEMENTS (sizes); i++)
        sizes[n_sizes++] = (guint) strtoul (argv[i], NULL, 10);
    }

  for (guint s = 0; s < n_sizes; s++)
    {
      guint side = (guint) MAX (1, sqrt (sizes[s]));
      g_autoptr(BrBoard) board = bench_build_board (sizes[s], side, SPACING);
      g_autoptr(GBytes) png = NULL;
      g_autoptr(GBytes) svg = NULL;
      g_autoptr(GBytes) pdf = NULL;

      g_print ("== %u shapes + %u arrows\n", sizes[s], sizes[s]);
      png = timed_export (board, BR_EXPORT_PNG, 1);
      svg = timed_export (board, BR_EXPORT_SVG, 1);
      pdf = timed_export (board, BR_EXPORT_PDF, 1);
      timed_extract ("PNG", png);
      timed_extract ("SVG", svg);
    }
  return 0;
}
