# Pods (issue #23). Debian's podman 4.3 builds its infra container from a
# pause image it makes with catatonit, which these machines lack, so the
# compared pods have no infra container (--infra=false); hull's infra
# container is its own init (see 67-pods.bats for pods sharing namespaces).

case_pod_create_ps_inspect_exists_rm() {
    id=$(E pod create --infra=false --name shop --label team=web)
    E pod ps
    E pod ps -q
    E pod ps --no-trunc --format '{{.ID}} {{.Name}} {{.Status}} {{.NumberOfContainers}} {{.Labels}}'
    E pod ps --filter name=sh --filter label=team=web --format '{{.Name}}'
    E pod inspect shop --format '{{.Id}} {{.Name}} {{.State}} {{.CreateInfra}} {{.NumContainers}} {{.ExitPolicy}}'
    E pod exists shop
    E pod exists nope
    E pod rm "$id"
    E pod ps -q
}

case_pod_verbs_on_an_empty_pod() {
    Q pod create --infra=false --name a >/dev/null
    E pod start a
    E pod restart a
    E pod stop a
    E pod kill a
    E pod pause a
    E pod rm a
}

case_pod_unknown() {
    E pod rm nope
    E pod rm -f nope
    E pod stop nope
    E pod start nope
    E pod exists nope
}

case_pod_create_refusals() {
    E pod create --infra=false --share net
    E pod create --infra=false --exit-policy foo
    E pod create --infra=false -p 8080:80
    E pod create --infra=foo
    E pod ps --filter foo=bar
    E pod ps -q
}

case_pod_name_in_use() {
    Q pod create --infra=false --name dup >/dev/null
    E pod create --infra=false --name dup
    E pod ps --format '{{.Name}}'
}

case_pod_ps_template_field_error() {
    Q pod create --infra=false --name a >/dev/null
    E pod ps --format '{{.Foo}}'
}

case_pod_member_of_a_pod_without_infra() {
    Q pod create --infra=false --name p >/dev/null
    E create --pod p --name c "$IMAGE" true
    E pod ps --format '{{.Name}} {{.Status}} {{.NumberOfContainers}}'
    E ps -a --pod --format '{{.Names}} {{.PodName}}'
    E pod rm p
    E pod rm -f p
    E ps -aq
}

case_run_in_an_unknown_pod() {
    E create --pod nope "$IMAGE" true
    E ps -aq
}
