package testenv

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// MinIO is a MinIO server started for one test.
type MinIO struct {
	Endpoint  string // "127.0.0.1:port", without scheme; TLS is off
	AccessKey string
	SecretKey string
	DataDir   string
	LogPath   string
}

// StartMinIO starts a MinIO server with fresh random credentials and waits until
// /minio/health/live answers.
func StartMinIO(t testing.TB) *MinIO {
	t.Helper()
	bin := needTool(t, "minio")
	dir := t.TempDir()
	m := &MinIO{
		Endpoint:  fmt.Sprintf("127.0.0.1:%d", FreePort(t)),
		AccessKey: "iml-" + randomHex(t, 6),
		SecretKey: randomHex(t, 20),
		DataDir:   filepath.Join(dir, "data"),
		LogPath:   filepath.Join(dir, "minio.log"),
	}
	if err := os.MkdirAll(m.DataDir, 0o700); err != nil {
		t.Fatalf("create minio data dir: %v", err)
	}
	console := fmt.Sprintf("127.0.0.1:%d", FreePort(t))
	env := baseEnv(dir,
		"MINIO_ROOT_USER="+m.AccessKey,
		"MINIO_ROOT_PASSWORD="+m.SecretKey,
		"MINIO_BROWSER=off",
		"MINIO_UPDATE=off",
		"MINIO_CI_CD=1",
	)
	args := []string{"server", m.DataDir, "--address", m.Endpoint, "--console-address", console,
		"--certs-dir", filepath.Join(dir, "certs"), "--quiet"}
	p := startProcess(t, "minio", bin, args, env, m.LogPath)
	waitReady(t, p, "healthy", func() error { return httpGetOK("http://" + m.Endpoint + "/minio/health/live") })
	return m
}

func randomHex(t testing.TB, n int) string {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatalf("generate credentials: %v", err)
	}
	return hex.EncodeToString(b)
}
