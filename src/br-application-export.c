/* br-application-export.c — the command line: the files to open, and
 * exporting a board without a window
 *
 *   bar-raiser [FILE…]                      opens the first board file
 *   bar-raiser --export OUT.png BOARD       draws BOARD to OUT and exits
 *              [--scale N] [--dark] [--transparent]
 *   bar-raiser --estimate KEY=VALUE… [--json]
 *                                           prints an estimate and exits
 *                                           (br-application-estimate.c)
 *   bar-raiser --review BOARD [--json] [--load-multiplier X] [--fail-on S]
 *                                           prints the design review and
 *                                           exits (br-application-review.c)
 *
 * Both are handled in handle-local-options, before the application
 * registers or starts up: an export uses br-core only, so it needs no
 * display and no session bus. Since the export takes BOARD from the
 * remaining arguments, those are collected here (G_OPTION_REMAINING)
 * and, when not exporting, opened as GApplication would have.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>

#include "br-application-private.h"
#include "br-board-export.h"
#include "br-board-load.h"

#define EXIT_USAGE 2

void
_br_application_add_command_line_options (BrApplication *self)
{
  static const GOptionEntry options[] = {
    { "export", 'e', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
      N_("Draw the board in BOARD to FILE (.png, .svg or .pdf) and exit, without a window"), N_("FILE") },
    /* A string: GApplication takes an integer option of 0 for one not given */
    { "scale", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --export: pixels per board unit in a PNG image, 1 to 4 (1 by default)"), N_("N") },
    { "dark", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("With --export: draw with the dark palette"), NULL },
    { "transparent", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("With --export: leave the background out"), NULL },
    { "estimate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Estimate the scale from KEY=VALUE inputs (dau=100M actions=10 …) and print the figures with their working, without a window"), NULL },
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("With --estimate or --review: print JSON"), NULL },
    { "review", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
      N_("Review the design drawn in BOARD (.brboard or .excalidraw): load, utilization, latency, availability, "
         "break point and findings, without a window"), N_("BOARD") },
    { "load-multiplier", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --review: multiply the clients' entry load, 0.1 to 100 (1 by default)"), N_("X") },
    { "fail-on", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --review: exit with status 3 when a finding of this severity or worse exists"), N_("warning|error") },
    { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
      NULL, N_("[BOARD…|KEY=VALUE…]") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

/* The files to open, as GApplication does with the arguments it is left */
static int
open_files (BrApplication *self,
            char         **paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (!g_application_register (G_APPLICATION (self), NULL, &error))
    {
      g_printerr ("%s: %s\n", "bar-raiser", error->message);
      return 1;
    }
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
  g_application_open (G_APPLICATION (self), (GFile **) files->pdata, files->len, "");

  /* A remote instance is done; the primary one goes on to run */
  return g_application_get_is_remote (G_APPLICATION (self)) ? 0 : -1;
}

/* Whether @a and @b are one file: the same name, or the same file through
 * a symbolic or a hard link */
static gboolean
is_same_file (GFile *a,
              GFile *b)
{
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;
  const char *id_a, *id_b;

  if (g_file_equal (a, b))
    return TRUE;
  info_a = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info_a == NULL || info_b == NULL)
    return FALSE;
  id_a = g_file_info_get_attribute_string (info_a, G_FILE_ATTRIBUTE_ID_FILE);
  id_b = g_file_info_get_attribute_string (info_b, G_FILE_ATTRIBUTE_ID_FILE);
  return id_a != NULL && id_b != NULL && g_str_equal (id_a, id_b);
}

static int
export_board (const char            *output,
              const char            *input,
              const BrExportOptions *base)
{
  g_autoptr(GFile) in = g_file_new_for_commandline_arg (input);
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);
  g_autoptr(BrBoard) board = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out_name = g_file_get_parse_name (out);
  BrExportOptions options = *base;

  if (!br_export_format_from_filename (out_name, &options.format))
    {
      g_printerr (_("%s: %s: unknown kind of image: use a name that ends in .png, .svg or .pdf\n"),
                  "bar-raiser", out_name);
      return EXIT_USAGE;
    }

  /* A board saved as board.pdf and exported to board.pdf was lost */
  if (is_same_file (in, out))
    {
      g_autofree char *in_name = g_file_get_parse_name (in);

      g_printerr (_("%s: %s: this is the file the board is read from (%s); the image would replace it, "
                    "so nothing was written: choose another name for the image\n"),
                  "bar-raiser", out_name, in_name);
      return EXIT_USAGE;
    }

  board = br_board_load (in, NULL, NULL, NULL, &error);
  if (board == NULL || !br_board_export_to_file (board, out, &options, NULL, &error))
    {
      g_printerr ("%s: %s\n", "bar-raiser", error->message);
      return 1;
    }
  return 0;
}

/**
 * _br_application_handle_command_line:
 *
 * The part of handle-local-options for --export and the files.
 *
 * Returns: an exit status, or -1 to go on as usual
 */
int
_br_application_handle_command_line (BrApplication *self,
                                     GVariantDict  *options)
{
  g_autofree char *output = NULL;
  g_autofree char *scale_text = NULL;
  g_auto(GStrv) files = NULL;
  BrExportOptions export_options;
  gint64 scale = 1;
  gboolean dark = FALSE, transparent = FALSE, has_scale;
  gboolean estimate = FALSE, json = FALSE;
  g_autofree char *review = NULL;
  g_autofree char *multiplier = NULL;
  g_autofree char *fail_on = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files);
  g_variant_dict_lookup (options, "export", "^ay", &output);
  has_scale = g_variant_dict_lookup (options, "scale", "s", &scale_text);
  g_variant_dict_lookup (options, "dark", "b", &dark);
  g_variant_dict_lookup (options, "transparent", "b", &transparent);
  g_variant_dict_lookup (options, "estimate", "b", &estimate);
  g_variant_dict_lookup (options, "json", "b", &json);
  g_variant_dict_lookup (options, "review", "^ay", &review);
  g_variant_dict_lookup (options, "load-multiplier", "s", &multiplier);
  g_variant_dict_lookup (options, "fail-on", "s", &fail_on);

  if (json && !estimate && review == NULL)
    {
      g_printerr (_("%s: --json goes with --estimate or --review\n"), "bar-raiser");
      return EXIT_USAGE;
    }
  if ((multiplier != NULL || fail_on != NULL) && review == NULL)
    {
      g_printerr (_("%s: --load-multiplier and --fail-on go with --review\n"), "bar-raiser");
      return EXIT_USAGE;
    }
  if (review != NULL)
    {
      if (estimate || output != NULL || has_scale || dark || transparent || (files != NULL && files[0] != NULL))
        {
          g_printerr (_("%s: --review takes one board file and goes with --json, --load-multiplier and --fail-on "
                        "only: %s --review BOARD.brboard\n"), "bar-raiser", "bar-raiser");
          return EXIT_USAGE;
        }
      return _br_application_review_command_line (review, json, multiplier, fail_on);
    }
  if (estimate)
    {
      if (output != NULL || has_scale || dark || transparent)
        {
          g_printerr (_("%s: --estimate does not go with --export, --scale, --dark or --transparent\n"),
                      "bar-raiser");
          return EXIT_USAGE;
        }
      return _br_application_estimate_command_line (files, json);
    }

  if (output == NULL)
    {
      if (has_scale || dark || transparent)
        {
          g_printerr (_("%s: --scale, --dark and --transparent go with --export\n"), "bar-raiser");
          return EXIT_USAGE;
        }
      return files != NULL && files[0] != NULL ? open_files (self, files) : -1;
    }

  if (files == NULL || g_strv_length (files) != 1)
    {
      g_printerr (_("%s: --export takes one board file: %s --export IMAGE.png BOARD.brboard\n"),
                  "bar-raiser", "bar-raiser");
      return EXIT_USAGE;
    }
  /* Digits only, 1 to 4: not "0", "2x", " 2" nor "" */
  if (has_scale &&
      !g_ascii_string_to_signed (scale_text, 10, 1, BR_EXPORT_MAX_SCALE, &scale, NULL))
    scale = 0;
  if (scale < 1 || scale > BR_EXPORT_MAX_SCALE)
    {
      g_printerr (_("%s: --scale must be between 1 and %d: %s --export IMAGE.png --scale 2 BOARD.brboard\n"),
                  "bar-raiser", BR_EXPORT_MAX_SCALE, "bar-raiser");
      return EXIT_USAGE;
    }

  br_export_options_init (&export_options);
  export_options.scale = (double) scale;
  export_options.style = dark ? BR_RENDER_DARK : BR_RENDER_LIGHT;
  export_options.transparent = transparent;
  return export_board (output, files[0], &export_options);
}
