/* br-review-tracker.c — the review of a board kept up to date with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <math.h>
#include <string.h>

#include "br-review-private.h"
#include "br-review-tracker.h"

/**
 * BrReviewTracker:
 *
 * Holds the design review of one board at one load multiplier, with an
 * optional failure drill, for the views that show it (the traffic
 * overlay, the inspector, the findings). The review stays a pure function
 * of the board: the tracker only keeps the last one and marks it stale
 * when the board, its targets, the multiplier or the drill change
 * (#BrReviewTracker:stale). Nothing is computed then: the views ask for
 * the review once, at their next frame (br_review_tracker_get_review()),
 * so that a burst of changes — a drag, a slider moved — costs one
 * analysis per frame, and drawing uses the cached result.
 *
 * The drill is view state, not a board edit: it is not undone, saved or
 * exported, and it ends by itself when its item leaves the board.
 */
/* What changed since the last review */
typedef enum {
  REDO_TRAFFIC,   /* the multiplier only: the graph and the components serve */
  REDO_EDITED,    /* properties or labels of components and arrows that stay such */
  REDO_ALL,       /* items added, removed or made components, arrows re-attached, the drill */
} Redo;

/* What the last review read of an item, hashed: all of it, and what its
 * graph depends on (whether it is a component; an arrow's ends and heads) */
typedef struct {
  gsize all;
  gsize graph;
  char id[];
} Signature;

struct _BrReviewTracker
{
  GObject parent_instance;

  BrReference *reference;
  BrBoard *board;
  double multiplier;
  BrDrillKind drill_kind;
  char *drill_id;
  double drill_factor;

  BrReview *review;           /* the last one computed, or NULL */
  GHashTable *signatures;     /* item id -> Signature */
  gboolean stale;
  Redo redo;                  /* what the next review computes again */
  GHashTable *edited;         /* for REDO_EDITED: the ids of the items edited */
};

G_DEFINE_FINAL_TYPE (BrReviewTracker, br_review_tracker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BOARD,
  PROP_MULTIPLIER,
  PROP_DRILL_KIND,
  PROP_STALE,
  N_PROPS
};

enum {
  UPDATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Marks the review stale, to compute again at least what @redo says */
static void
mark_redo (BrReviewTracker *self,
           Redo             redo)
{
  if (self->stale)
    self->redo = MAX (self->redo, redo);
  else
    self->redo = redo;
  if (self->redo != REDO_EDITED)
    g_hash_table_remove_all (self->edited);
  if (self->stale)
    return;
  self->stale = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALE]);
}

static void
mark_stale (BrReviewTracker *self)
{
  mark_redo (self, REDO_ALL);
}

/* New targets: the same graph, other figures to check against */
static void
targets_changed (BrReviewTracker *self)
{
  mark_redo (self, REDO_EDITED);
}

/* What the review reads of an item, hashed: its kind, type, label and
 * review properties, and for an arrow its ends, heads and line. Not its
 * place or size, its colours or its font. */
static gsize
signature_all (const BrItem *item)
{
  guint64 hash = 14695981039346656037ull;
  guint64 parts[8];

  parts[0] = item->kind;
  parts[1] = item->stencil;
  parts[2] = item->heads;
  parts[3] = item->line_style;
  parts[4] = g_str_hash (item->label);
  parts[5] = item->ends[BR_END_START].item_id != NULL ? g_str_hash (item->ends[BR_END_START].item_id) : 0;
  parts[6] = item->ends[BR_END_END].item_id != NULL ? g_str_hash (item->ends[BR_END_END].item_id) : 0;
  parts[7] = item->component != NULL ? item->component->set : 0;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    hash = (hash ^ parts[i]) * 1099511628211ull;
  for (guint i = 0; item->component != NULL && i < BR_N_FIELDS; i++)
    {
      guint64 bits;

      memcpy (&bits, &item->component->values[i], sizeof bits);
      hash = (hash ^ bits) * 1099511628211ull;
    }
  return (gsize) hash;
}

static gboolean
item_matters (const BrItem *item)
{
  return item->kind == BR_ITEM_ARROW || br_item_can_be_component (item);
}

/* What the review's graph reads of @item: whether it is a component
 * (@node), for an arrow its heads and ends */
static gsize
signature_graph (const BrItem *item,
                 gboolean      node)
{
  guint64 hash = 14695981039346656037ull;
  guint64 parts[5];

  parts[0] = item->kind;
  parts[1] = node;
  parts[2] = item->kind == BR_ITEM_ARROW ? item->heads : 0;
  parts[3] = item->kind == BR_ITEM_ARROW && item->ends[BR_END_START].item_id != NULL
               ? g_str_hash (item->ends[BR_END_START].item_id) : 0;
  parts[4] = item->kind == BR_ITEM_ARROW && item->ends[BR_END_END].item_id != NULL
               ? g_str_hash (item->ends[BR_END_END].item_id) : 0;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    hash = (hash ^ parts[i]) * 1099511628211ull;
  return (gsize) hash;
}

static void
add_signature (BrReviewTracker *self,
               const BrItem    *item,
               gboolean         node)
{
  gsize length = strlen (item->id);
  Signature *signature = g_malloc (sizeof (Signature) + length + 1);

  signature->all = signature_all (item);
  signature->graph = signature_graph (item, node);
  memcpy (signature->id, item->id, length + 1);
  g_hash_table_replace (self->signatures, signature->id, signature);
}

static void
take_signatures (BrReviewTracker *self)
{
  guint n = br_board_get_n_items (self->board);

  if (self->signatures == NULL)
    self->signatures = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_hash_table_remove_all (self->signatures);
  for (guint i = 0; i < n; i++)
    {
      const BrItem *item = br_board_get_item (self->board, i);

      /* The review just made says which items are components */
      if (item_matters (item))
        add_signature (self, item, br_review_find_node (self->review, item->id) != NULL);
    }
}

/* What @changes make the review compute again: nothing when items only
 * moved, were resized or restyled; the changed items and the figures
 * when only what the graph does not depend on changed; else all of it.
 * The signatures of the items edited are brought up to date as they go
 * into the review's list. */
static Redo
what_changed (BrReviewTracker      *self,
              const BrBoardChanges *changes,
              GPtrArray            *edited)
{
  if (self->signatures == NULL || self->review == NULL ||
      changes->added->len > 0 || changes->removed->len > 0 || changes->restacked)
    return REDO_ALL;
  for (guint i = 0; i < changes->changed->len; i++)
    {
      const BrItem *item = br_board_lookup (self->board, g_ptr_array_index (changes->changed, i));
      Signature *before;
      gsize all;

      if (item == NULL)
        return REDO_ALL;
      if ((before = g_hash_table_lookup (self->signatures, item->id)) == NULL)
        {
          if (item_matters (item))
            return REDO_ALL;
          continue;
        }
      if (before->all == (all = signature_all (item)))
        continue;
      if (before->graph != signature_graph (item, _br_review_item_is_node (item)))
        return REDO_ALL;
      before->all = all;
      g_ptr_array_add (edited, before->id);
    }
  return edited->len > 0 ? REDO_EDITED : REDO_TRAFFIC;
}

static void
board_changed (BrReviewTracker      *self,
               const BrBoardChanges *changes)
{
  g_autoptr(GPtrArray) edited = NULL;
  Redo redo;

  /* A drill on an item that is gone ends */
  if (self->drill_id != NULL && br_board_lookup (self->board, self->drill_id) == NULL)
    br_review_tracker_set_drill (self, BR_DRILL_NONE, NULL, 1.0);
  /* A drag moves items: the review needs nothing computed again */
  if (self->stale && self->redo == REDO_ALL)
    return;
  edited = g_ptr_array_new ();
  redo = what_changed (self, changes, edited);
  if (redo == REDO_TRAFFIC)
    return;
  mark_redo (self, redo);
  if (self->redo != REDO_EDITED)
    return;
  for (guint i = 0; i < edited->len; i++)
    g_hash_table_add (self->edited, g_ptr_array_index (edited, i));
}

static void
br_review_tracker_dispose (GObject *object)
{
  BrReviewTracker *self = BR_REVIEW_TRACKER (object);

  br_review_tracker_set_board (self, NULL);
  g_clear_pointer (&self->review, br_review_unref);
  g_clear_pointer (&self->edited, g_hash_table_unref);
  g_clear_pointer (&self->signatures, g_hash_table_unref);
  G_OBJECT_CLASS (br_review_tracker_parent_class)->dispose (object);
}

static void
br_review_tracker_finalize (GObject *object)
{
  BrReviewTracker *self = BR_REVIEW_TRACKER (object);

  g_clear_pointer (&self->reference, br_reference_unref);
  g_free (self->drill_id);
  G_OBJECT_CLASS (br_review_tracker_parent_class)->finalize (object);
}

static void
br_review_tracker_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BrReviewTracker *self = BR_REVIEW_TRACKER (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_MULTIPLIER:
      g_value_set_double (value, self->multiplier);
      break;
    case PROP_DRILL_KIND:
      g_value_set_uint (value, self->drill_kind);
      break;
    case PROP_STALE:
      g_value_set_boolean (value, self->stale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_review_tracker_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BrReviewTracker *self = BR_REVIEW_TRACKER (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      br_review_tracker_set_board (self, g_value_get_object (value));
      break;
    case PROP_MULTIPLIER:
      br_review_tracker_set_multiplier (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_review_tracker_class_init (BrReviewTrackerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_review_tracker_dispose;
  object_class->finalize = br_review_tracker_finalize;
  object_class->get_property = br_review_tracker_get_property;
  object_class->set_property = br_review_tracker_set_property;

  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL, BR_TYPE_BOARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReviewTracker:multiplier:
   *
   * Of the clients' entry load, from 0.1 to 100.
   */
  properties[PROP_MULTIPLIER] =
    g_param_spec_double ("multiplier", NULL, NULL,
                         BR_REVIEW_MIN_MULTIPLIER, BR_REVIEW_MAX_MULTIPLIER, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReviewTracker:drill-kind:
   *
   * The #BrDrillKind of the drill played out, %BR_DRILL_NONE for none.
   */
  properties[PROP_DRILL_KIND] =
    g_param_spec_uint ("drill-kind", NULL, NULL, BR_DRILL_NONE, BR_DRILL_LOSE_REPLICA, BR_DRILL_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReviewTracker:stale:
   *
   * Whether the last review no longer matches the board, the multiplier
   * or the drill; br_review_tracker_get_review() computes a new one.
   */
  properties[PROP_STALE] =
    g_param_spec_boolean ("stale", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrReviewTracker::updated:
   *
   * A new review was computed.
   */
  signals[UPDATED] =
    g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
br_review_tracker_init (BrReviewTracker *self)
{
  self->multiplier = 1.0;
  self->drill_factor = 1.0;
  self->stale = TRUE;
  self->redo = REDO_ALL;
  self->edited = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * br_review_tracker_new:
 * @reference: the reference numbers the review fills unset properties from
 */
BrReviewTracker *
br_review_tracker_new (BrReference *reference)
{
  BrReviewTracker *self;

  g_return_val_if_fail (reference != NULL, NULL);

  self = g_object_new (BR_TYPE_REVIEW_TRACKER, NULL);
  self->reference = br_reference_ref (reference);
  return self;
}

BrBoard *
br_review_tracker_get_board (BrReviewTracker *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), NULL);
  return self->board;
}

void
br_review_tracker_set_board (BrReviewTracker *self,
                             BrBoard         *board)
{
  g_return_if_fail (BR_IS_REVIEW_TRACKER (self));
  g_return_if_fail (board == NULL || BR_IS_BOARD (board));

  if (self->board == board)
    return;
  if (self->board != NULL)
    g_signal_handlers_disconnect_by_data (self->board, self);
  g_set_object (&self->board, board);
  if (board != NULL)
    {
      g_signal_connect_swapped (board, "changed", G_CALLBACK (board_changed), self);
      g_signal_connect_swapped (board, "targets-changed", G_CALLBACK (targets_changed), self);
    }
  br_review_tracker_set_drill (self, BR_DRILL_NONE, NULL, 1.0);
  g_clear_pointer (&self->review, br_review_unref);
  g_hash_table_remove_all (self->edited);
  g_clear_pointer (&self->signatures, g_hash_table_unref);
  mark_stale (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

double
br_review_tracker_get_multiplier (BrReviewTracker *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), 1.0);
  return self->multiplier;
}

/**
 * br_review_tracker_set_multiplier:
 * @multiplier: of the entry load; clamped to 0.1–100
 */
void
br_review_tracker_set_multiplier (BrReviewTracker *self,
                                  double           multiplier)
{
  g_return_if_fail (BR_IS_REVIEW_TRACKER (self));

  if (!isfinite (multiplier))
    return;
  multiplier = CLAMP (multiplier, BR_REVIEW_MIN_MULTIPLIER, BR_REVIEW_MAX_MULTIPLIER);
  if (multiplier == self->multiplier)
    return;
  self->multiplier = multiplier;
  /* The same board at another load: the last review's graph serves */
  mark_redo (self, REDO_TRAFFIC);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MULTIPLIER]);
}

/**
 * br_review_tracker_set_drill:
 * @kind: the drill, or %BR_DRILL_NONE to end it
 * @item_id: (nullable): the component or arrow drilled
 * @factor: for %BR_DRILL_SLOW, how many times slower (1 or more)
 *
 * Plays out a failure in the review, without changing the board.
 */
void
br_review_tracker_set_drill (BrReviewTracker *self,
                             BrDrillKind      kind,
                             const char      *item_id,
                             double           factor)
{
  g_return_if_fail (BR_IS_REVIEW_TRACKER (self));

  if (item_id == NULL)
    kind = BR_DRILL_NONE;
  if (kind == BR_DRILL_NONE)
    item_id = NULL;
  factor = kind == BR_DRILL_SLOW && isfinite (factor) ? MAX (factor, 1.0) : 1.0;
  if (kind == self->drill_kind && g_strcmp0 (item_id, self->drill_id) == 0 &&
      factor == self->drill_factor)
    return;

  g_free (self->drill_id);
  self->drill_id = g_strdup (item_id);
  self->drill_factor = factor;
  self->drill_kind = kind;
  mark_stale (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRILL_KIND]);
}

/**
 * br_review_tracker_get_drill:
 * @item_id: (out) (optional) (transfer none): the item drilled
 * @factor: (out) (optional): the slow-down factor
 *
 * Returns: the drill played out, %BR_DRILL_NONE for none
 */
BrDrillKind
br_review_tracker_get_drill (BrReviewTracker  *self,
                             const char      **item_id,
                             double           *factor)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), BR_DRILL_NONE);

  if (item_id)
    *item_id = self->drill_id;
  if (factor)
    *factor = self->drill_factor;
  return self->drill_kind;
}

gboolean
br_review_tracker_get_stale (BrReviewTracker *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), FALSE);
  return self->stale;
}

/**
 * br_review_tracker_get_review:
 *
 * Computes the review if it is stale, and emits #BrReviewTracker::updated
 * then.
 *
 * Returns: (transfer none) (nullable): the review of the board as it is
 *   now, %NULL without a board
 */
BrReview *
br_review_tracker_get_review (BrReviewTracker *self)
{
  BrReviewDrill drill = { 0 };

  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), NULL);

  if (!self->stale || self->board == NULL)
    return self->review;

  drill.kind = self->drill_kind;
  drill.item_id = self->drill_id;
  drill.factor = self->drill_factor;
  if (self->redo == REDO_TRAFFIC && self->review != NULL)
    {
      BrReview *review = _br_review_new_at (self->review, self->multiplier);

      br_review_unref (self->review);
      self->review = review;
    }
  else if (self->redo == REDO_EDITED && self->review != NULL)
    {
      g_autofree const char **ids = (const char **) g_hash_table_get_keys_as_array (self->edited, NULL);
      BrReview *review = _br_review_new_edited (self->review, self->board, self->reference,
                                                ids, self->multiplier, &drill);

      br_review_unref (self->review);
      self->review = review;
      g_hash_table_remove_all (self->edited);
    }
  else
    {
      g_clear_pointer (&self->review, br_review_unref);
      self->review = br_review_new (self->board, self->reference, self->multiplier, &drill);
      take_signatures (self);
    }
  self->stale = FALSE;
  self->redo = REDO_TRAFFIC;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALE]);
  g_signal_emit (self, signals[UPDATED], 0);
  return self->review;
}

/**
 * br_review_tracker_peek_review:
 *
 * Returns: (transfer none) (nullable): the last review computed, stale or
 *   not, without computing one: what a frame draws from
 */
BrReview *
br_review_tracker_peek_review (BrReviewTracker *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), NULL);
  return self->review;
}
