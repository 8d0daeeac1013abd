// Package rundir keeps a training run's directory consistent through kill -9,
// a full disk and a second process:
//
//   - checkpoints are published as whole sets (Publish): the files are
//     written and synced in a staging directory, checkpoints/.tmp-<n>, that no
//     reader takes for a checkpoint, and one rename to checkpoints/<n> commits
//     them; the previous set is removed only after that, and the top-level
//     files PyTorch users load are refreshed from the new set;
//   - logs (Log) are appended to, and cut back on resume to the byte position
//     the checkpoint recorded, so a row torn by a crash disappears and the
//     rows after the checkpoint are written again;
//   - a lock (Acquire) lets one trainer at a time own the directory;
//   - Recover removes what an interrupted run left behind;
//   - Position is the training position a checkpoint records, validated
//     before anything is sized by it.
package rundir
