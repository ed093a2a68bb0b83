package testenv

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Slurm is a one-node Slurm cluster started for one test, with its own munged, slurmctld and slurmd
// on free loopback ports. Slurm's client commands find it only through SLURM_CONF: pass Env to them
// (Command does).
type Slurm struct {
	Conf      string   // path of slurm.conf
	Env       []string // "SLURM_CONF=<Conf>", to append to a client command's environment
	Partition string
	Node      string
	Dir       string // state, spool, logs and the munge socket
}

// DefaultSlurmPartition is the partition StartSlurm creates.
const DefaultSlurmPartition = "debug"

// StartSlurm starts munged, slurmctld and slurmd in the foreground as children of the test, and
// waits until sinfo shows the node idle. The daemons run as the current user, which must be root
// for slurmd to launch jobs (as on the build machines).
//
// The directory is a short path under os.TempDir rather than t.TempDir: munge's and slurmstepd's
// unix sockets live in it, and socket paths are limited to 108 bytes.
func StartSlurm(t testing.TB) *Slurm {
	t.Helper()
	munged := needTool(t, "munged")
	slurmctld := needTool(t, "slurmctld")
	slurmd := needTool(t, "slurmd")
	needTool(t, "sinfo")
	needTool(t, "sbatch")
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("StartSlurm needs root to run slurmd jobs")
		}
		t.Skip("StartSlurm needs root to run slurmd jobs")
	}

	dir, err := os.MkdirTemp("", "iml-slurm-")
	if err != nil {
		t.Fatalf("create slurm dir: %v", err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	for _, sub := range []string{"state", "spool", "munge"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o700); err != nil {
			t.Fatalf("create slurm dir: %v", err)
		}
	}
	host, err := os.Hostname()
	if err != nil {
		t.Fatalf("hostname: %v", err)
	}
	host, _, _ = strings.Cut(host, ".")
	u, err := user.Current()
	if err != nil {
		t.Fatalf("current user: %v", err)
	}

	s := &Slurm{Conf: filepath.Join(dir, "slurm.conf"), Partition: DefaultSlurmPartition, Node: host, Dir: dir}
	s.Env = []string{"SLURM_CONF=" + s.Conf}
	sock := filepath.Join(dir, "munge", "munge.socket")

	key := make([]byte, 1024)
	if _, err := rand.Read(key); err != nil {
		t.Fatalf("generate munge key: %v", err)
	}
	keyPath := filepath.Join(dir, "munge", "munge.key")
	if err := os.WriteFile(keyPath, key, 0o600); err != nil {
		t.Fatalf("write munge key: %v", err)
	}
	env := baseEnv(os.Getenv("HOME"), s.Env...)
	// --force: the temporary directories are not world-executable, which munged only warns about then.
	mp := startProcess(t, "munged", munged, []string{"--foreground", "--force",
		"--socket=" + sock, "--key-file=" + keyPath,
		"--pid-file=" + filepath.Join(dir, "munge", "munged.pid"),
		"--seed-file=" + filepath.Join(dir, "munge", "munged.seed"),
		"--log-file=" + filepath.Join(dir, "munged.log"),
	}, env, filepath.Join(dir, "munged.out"))
	waitReady(t, mp, "listening", func() error {
		if _, err := os.Stat(sock); err != nil {
			return err
		}
		return nil
	})

	conf := slurmConf(dir, host, u.Username, sock, FreePort(t), FreePort(t), s.Partition)
	if err := os.WriteFile(s.Conf, []byte(conf), 0o644); err != nil {
		t.Fatalf("write slurm.conf: %v", err)
	}
	startProcess(t, "slurmctld", slurmctld, []string{"-D", "-f", s.Conf}, env, filepath.Join(dir, "slurmctld.log"))
	dp := startProcess(t, "slurmd", slurmd, []string{"-D", "-f", s.Conf}, env, filepath.Join(dir, "slurmd.log"))
	// Runs before the daemons stop (cleanups run last-in first-out): jobs still running are
	// cancelled so that no job step outlives the test.
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = s.Command(ctx, "scancel", "--user="+u.Username).Run()
	})

	waitReady(t, dp, "idle in sinfo", func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		out, err := s.Command(ctx, "sinfo", "--noheader", "--nodes="+host, "--format=%T").CombinedOutput()
		if err != nil {
			return fmt.Errorf("sinfo: %v: %s", err, strings.TrimSpace(string(out)))
		}
		if st := strings.TrimSpace(string(out)); st != "idle" {
			return fmt.Errorf("node state %q", st)
		}
		return nil
	})
	return s
}

// Command returns a Slurm client command (sbatch, squeue, scontrol, scancel, sinfo) bound to this
// cluster through SLURM_CONF.
func (s *Slurm) Command(ctx context.Context, name string, args ...string) *exec.Cmd {
	path, err := LookTool(name)
	if err != nil {
		path = name // let Run report the error
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Env = append(os.Environ(), s.Env...)
	return cmd
}

func slurmConf(dir, host, user, mungeSocket string, ctldPort, dPort int, partition string) string {
	return fmt.Sprintf(`# Written by internal/testenv for one test; see reference/local-services.md.
ClusterName=imltest
SlurmctldHost=%[2]s(127.0.0.1)
SlurmctldPort=%[5]d
SlurmdPort=%[6]d
SlurmUser=%[3]s
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=%[4]s
CredType=cred/munge
StateSaveLocation=%[1]s/state
SlurmdSpoolDir=%[1]s/spool
SlurmctldPidFile=%[1]s/slurmctld.pid
SlurmdPidFile=%[1]s/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SchedulerParameters=sched_interval=1
SelectType=select/cons_tres
ReturnToService=2
MpiDefault=none
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=5
NodeName=%[2]s NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=%[7]s Nodes=ALL Default=YES MaxTime=INFINITE State=UP
`, dir, host, user, mungeSocket, ctldPort, dPort, partition)
}
