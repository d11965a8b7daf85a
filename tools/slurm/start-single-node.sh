#!/usr/bin/env bash
# Starts a single-node Slurm cluster on this machine for trying and testing job arrays: munged,
# slurmctld and slurmd from Debian's slurm-wlm and munge, with a minimal slurm.conf (this host as
# the one node, no cgroups: containers often lack cgroup control). Safe to run again: a cluster
# already answering `sinfo` with its node idle is left as it is. Must run as root.
#
#   sudo bash tools/slurm/start-single-node.sh          # start (install first: apt-get install -y slurm-wlm munge)
#   sudo bash tools/slurm/start-single-node.sh --stop   # stop the daemons it started
#
# Where things go: /etc/slurm/slurm.conf (written only if missing or written by this script),
# state and spool under /var/spool/slurm-single, logs under /var/log/slurm-single.
set -euo pipefail

conf=/etc/slurm/slurm.conf
state=/var/spool/slurm-single
logs=/var/log/slurm-single
marker="# written by onecountry tools/slurm/start-single-node.sh"

# Stops daemon $1 if its pid file names a live process of that name (a stale pid file may name another process).
stop() {
  local pid
  pid=$(cat "$state/$1.pid" 2>/dev/null) || return 0
  if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$1" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
  fi
  rm -f "$state/$1.pid"
}

if [ "${1:-}" = "--stop" ]; then
  stop slurmd
  stop slurmctld
  exit 0
fi

for tool in munged slurmctld slurmd sinfo sbatch; do
  command -v "$tool" >/dev/null 2>&1 || { echo "start-single-node: $tool not found; install Debian's slurm-wlm and munge (apt-get install -y slurm-wlm munge)" >&2; exit 2; }
done
[ "$(id -u)" -eq 0 ] || { echo "start-single-node: must run as root (it starts munged, slurmctld and slurmd)" >&2; exit 2; }

idle() { sinfo -h -N -o '%t' 2>/dev/null | grep -Eq '^(idle|mix|alloc)'; }
if [ -f "$conf" ] && grep -qF "$marker" "$conf" && idle; then
  echo "start-single-node: the cluster is up ($(sinfo -h -N -o '%N %t %c CPUs'))"
  exit 0
fi

host=$(hostname -s)
cpus=$(nproc)
mem=$(awk '/MemTotal/ {printf "%d", $2 / 1024 * 0.9}' /proc/meminfo)
mkdir -p "$state/ctld" "$state/d" "$logs" /etc/slurm /run/munge /var/lib/munge /var/log/munge
if [ -f "$conf" ] && ! grep -qF "$marker" "$conf"; then
  echo "start-single-node: $conf exists and was not written by this script; leaving it (move it away to let the script write its own)" >&2
  exit 2
fi
cat > "$conf" <<CONF
$marker
ClusterName=onecountry
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
ReturnToService=2
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/d
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$logs/slurmctld.log
SlurmdLogFile=$logs/slurmd.log
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=10
Waittime=0
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
# Debian's slurm.conf location differs between releases: give both the file.
[ -d /etc/slurm-llnl ] && ln -sf "$conf" /etc/slurm-llnl/slurm.conf

# munge: a key (made once), then the daemon.
if [ ! -s /etc/munge/munge.key ]; then
  if command -v mungekey >/dev/null 2>&1; then mungekey --create --keyfile=/etc/munge/munge.key --force
  else dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null; fi
fi
chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge 2>/dev/null || true
chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  if id munge >/dev/null 2>&1; then su -s /bin/sh munge -c "munged --force" || munged --force
  else munged --force; fi
  for _ in $(seq 1 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.2; done
fi
munge -n | unmunge >/dev/null || { echo "start-single-node: munged did not start" >&2; exit 1; }

# The controller and the node daemon (stopped first if an earlier start left them running).
stop slurmd
stop slurmctld
slurmctld -c -f "$conf"
slurmd -f "$conf"
for _ in $(seq 1 60); do
  if idle; then echo "start-single-node: the cluster is up ($(sinfo -h -N -o '%N %t %c CPUs'))"; exit 0; fi
  # A node that was down in an earlier life of the cluster is brought back.
  scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true
  sleep 1
done
echo "start-single-node: the node did not become idle in 60 s; sinfo says: $(sinfo -N 2>&1 | tr '\n' ' ')" >&2
tail -n 20 "$logs/slurmctld.log" "$logs/slurmd.log" >&2 || true
exit 1
