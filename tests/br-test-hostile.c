/* br-test-hostile.c — odd files and bounded children for the tests of
 * hostile input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "br-test-hostile.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

/* What a child may map at most: a loader that reads without end fails
 * there, in the child, instead of taking the machine's memory */
#define CHILD_ADDRESS_SPACE ((rlim_t) 3 << 30)

const char *
br_test_special_name (BrTestSpecial kind)
{
  static const char * const names[] = {
    [BR_TEST_FIFO] = "fifo",
    [BR_TEST_DEV_ZERO] = "dev-zero",
    [BR_TEST_DEV_URANDOM] = "dev-urandom",
    [BR_TEST_FOLDER] = "folder",
  };

  g_assert_cmpuint (kind, <, BR_TEST_N_SPECIAL);
  return names[kind];
}

/* Puts a thing of @kind at @path, which must not exist */
void
br_test_make_special (const char    *path,
                      BrTestSpecial  kind)
{
  switch (kind)
    {
    case BR_TEST_FIFO:
      g_assert_no_errno (mkfifo (path, 0600));
      break;
    case BR_TEST_DEV_ZERO:
      g_assert_no_errno (symlink ("/dev/zero", path));
      break;
    case BR_TEST_DEV_URANDOM:
      g_assert_no_errno (symlink ("/dev/urandom", path));
      break;
    case BR_TEST_FOLDER:
      g_assert_no_errno (g_mkdir (path, 0700));
      break;
    case BR_TEST_N_SPECIAL:
    default:
      g_assert_not_reached ();
    }
}

char *
br_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bar-raiser-hostile-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @path and what it holds, without following links */
void
br_test_remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          br_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/**
 * br_test_memory_measured:
 *
 * Returns: whether a child's peak memory means what it says: not under
 *   AddressSanitizer, whose shadow memory and quarantine count too
 */
gboolean
br_test_memory_measured (void)
{
#ifdef UNDER_ASAN
  return FALSE;
#else
  return TRUE;
#endif
}

/**
 * br_test_run_in_child:
 * @func: what to run; returns whether it went as the test expects
 *
 * @out_ok: (out) (optional): whether @func returned %TRUE; when %NULL, the
 *   test fails unless it did
 *
 * Runs @func in a child process with bounded memory, and fails the test
 * when the child dies.
 *
 * Returns: the child's peak resident memory, in bytes (its own, from
 *   wait4(); what it shares with the test at the start counts in it)
 */
gsize
br_test_run_in_child (BrTestChildFunc  func,
                      gpointer         data,
                      gboolean        *out_ok)
{
  struct rusage usage;
  int status = 0;
  pid_t pid;

  /* What GLib has buffered would be written twice */
  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
#ifndef UNDER_ASAN
      struct rlimit limit = { CHILD_ADDRESS_SPACE, CHILD_ADDRESS_SPACE };

      setrlimit (RLIMIT_AS, &limit);
#endif
      _exit (func (data) ? 0 : 1);
    }

  while (wait4 (pid, &status, 0, &usage) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  if (WIFSIGNALED (status))
    g_error ("the child died of signal %d (%" G_GSIZE_FORMAT " MB at the peak)",
             WTERMSIG (status), (gsize) usage.ru_maxrss / 1024);
  g_assert_true (WIFEXITED (status));
  if (out_ok != NULL)
    *out_ok = WEXITSTATUS (status) == 0;
  else
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return (gsize) usage.ru_maxrss * 1024;
}

static gboolean
do_nothing (gpointer data)
{
  return TRUE;
}

/**
 * br_test_child_overhead:
 *
 * Returns: the peak memory of a child that does nothing: what each child
 *   starts with
 */
gsize
br_test_child_overhead (void)
{
  return br_test_run_in_child (do_nothing, NULL, NULL);
}

/**
 * br_test_assert_bounded:
 * @what: what was read, for the log
 * @file_size: the size of the file read
 * @peak: what reading it took, over a child's overhead
 *
 * Reading any file takes less than ten times its size plus 100 MB.
 */
void
br_test_assert_bounded (const char *what,
                        gsize       file_size,
                        gsize       peak)
{
  g_test_message ("%s: %.1f MB of file, %.1f MB at the peak", what,
                  file_size / 1048576.0, peak / 1048576.0);
  if (!br_test_memory_measured ())
    return;
  g_assert_cmpuint (peak, <=, 10 * file_size + 100 * 1024 * 1024);
}
